package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code payout.paid}, field for field as the Commet catalog defines {@code
 * PayoutPaidData}. Money is integer cents; dates are the ISO-8601 strings as sent.
 *
 * @param payoutId the payout
 * @param amount amount in integer cents
 * @param fee payout fee in integer cents
 * @param netAmount amount after the fee, integer cents
 * @param currency ISO 4217 currency code
 * @param status the status as sent, a string because the catalog does not enumerate it
 * @param destinationBank the receiving bank account (null when not applicable)
 * @param paidAt ISO-8601 instant the payout arrived (null when not applicable)
 */
public record PayoutPaidData(
        String payoutId,
        long amount,
        long fee,
        long netAmount,
        String currency,
        String status,
        @Nullable WebhookBankRef destinationBank,
        @Nullable String paidAt) {
    /** {@link #paidAt()} as an instant, or null if absent. */
    public @Nullable Instant paidAtInstant() {
        return Timestamps.parseNullable(paidAt);
    }
}
