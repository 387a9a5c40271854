package dev.billhook.webhook.event;

import dev.billhook.webhook.internal.Timestamps;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Data of {@code quota.exceeded}, field for field as the Commet catalog defines {@code
 * QuotaExceededData}. Metered quantities are decimals; dates are the ISO-8601 strings as sent.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param featureCode the feature code
 * @param currentUsage usage so far in the period; a decimal, since metered usage can be fractional
 * @param includedAmount the quantity included in the period; a decimal, like the usage it bounds
 * @param overageEnabled true if overage billing began; false if usage is now blocked
 * @param periodStart ISO-8601 start of the usage period
 */
public record QuotaExceededData(
        String subscriptionId,
        String customerId,
        String featureCode,
        BigDecimal currentUsage,
        BigDecimal includedAmount,
        boolean overageEnabled,
        String periodStart) {
    /** {@link #periodStart()} as an instant. */
    public Instant periodStartInstant() {
        return Timestamps.parse(periodStart);
    }
}
