package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code subscription.cancellation_scheduled}, field for field as the Commet catalog
 * defines {@code SubscriptionCancellationScheduledData}. Dates are the ISO-8601 strings as sent.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param status the subscription status, e.g. {@code active} (see SubscriptionStatus in the
 *     catalog)
 * @param canceledAt ISO-8601 instant the cancellation was requested (optional: null when absent)
 * @param cancelReason why it was canceled, e.g. {@code refund} or {@code dunning_exhausted} (null
 *     when not applicable)
 * @param effectiveAt ISO-8601 instant the change takes effect
 */
public record SubscriptionCancellationScheduledData(
        String subscriptionId,
        String customerId,
        String status,
        @Nullable String canceledAt,
        @Nullable String cancelReason,
        String effectiveAt) {
    /** {@link #canceledAt()} as an instant, or null if absent. */
    public @Nullable Instant canceledAtInstant() {
        return Timestamps.parseNullable(canceledAt);
    }

    /** {@link #effectiveAt()} as an instant. */
    public Instant effectiveAtInstant() {
        return Timestamps.parse(effectiveAt);
    }
}
