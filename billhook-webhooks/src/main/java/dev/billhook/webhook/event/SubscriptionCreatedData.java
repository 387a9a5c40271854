package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code subscription.created}, field for field as the Commet catalog defines {@code
 * SubscriptionCreatedData}. Money is integer cents; dates are the ISO-8601 strings as sent.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param planId the plan
 * @param planName the plan display name
 * @param status the subscription status, e.g. {@code active} (see SubscriptionStatus in the
 *     catalog)
 * @param startDate ISO-8601 start of the subscription
 * @param name the subscription display name (null when not applicable)
 */
public record SubscriptionCreatedData(
        String subscriptionId,
        String customerId,
        String planId,
        String planName,
        String status,
        String startDate,
        @Nullable String name) {
    /** {@link #startDate()} as an instant. */
    public Instant startDateInstant() {
        return Timestamps.parse(startDate);
    }
}
