package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code subscription.cancellation_revoked}, field for field as the Commet catalog defines
 * {@code SubscriptionCancellationRevokedData}. Dates are the ISO-8601 strings as sent.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param status the subscription status, e.g. {@code active} (see SubscriptionStatus in the
 *     catalog)
 * @param currentPeriodEnd ISO-8601 end of the current billing period (optional: null when absent)
 */
public record SubscriptionCancellationRevokedData(
        String subscriptionId,
        String customerId,
        String status,
        @Nullable String currentPeriodEnd) {
    /** {@link #currentPeriodEnd()} as an instant, or null if absent. */
    public @Nullable Instant currentPeriodEndInstant() {
        return Timestamps.parseNullable(currentPeriodEnd);
    }
}
