package dev.billhook.webhook.event;

import dev.billhook.webhook.internal.Timestamps;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Data of {@code usage.recorded}, field for field as the Commet catalog defines {@code
 * UsageRecordedData}. Metered quantities are decimals; dates are the ISO-8601 strings as sent.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param usageEventId the usage event
 * @param featureCode the feature code
 * @param value the recorded quantity; a decimal, since usage can be fractional (0.5 GB)
 * @param ts ISO-8601 instant the usage happened
 */
public record UsageRecordedData(
        String subscriptionId,
        String customerId,
        String usageEventId,
        String featureCode,
        BigDecimal value,
        String ts) {
    /** {@link #ts()} as an instant. */
    public Instant tsInstant() {
        return Timestamps.parse(ts);
    }
}
