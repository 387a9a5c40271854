package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code payout.created}, field for field as the Commet catalog defines {@code
 * PayoutCreatedData}. Money is integer cents; dates are the ISO-8601 strings as sent.
 *
 * @param payoutId the payout
 * @param amount amount in integer cents
 * @param fee payout fee in integer cents
 * @param netAmount amount after the fee, integer cents
 * @param currency ISO 4217 currency code
 * @param status the status as sent, a string because the catalog does not enumerate it
 * @param destinationBank the receiving bank account (null when not applicable)
 * @param createdAt ISO-8601 instant the payout was created
 */
public record PayoutCreatedData(
        String payoutId,
        long amount,
        long fee,
        long netAmount,
        String currency,
        String status,
        @Nullable WebhookBankRef destinationBank,
        String createdAt) {
    /** {@link #createdAt()} as an instant. */
    public Instant createdAtInstant() {
        return Timestamps.parse(createdAt);
    }
}
