package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code payment.received}, field for field as the Commet catalog defines {@code
 * PaymentReceivedData}. Money is integer cents; dates are the ISO-8601 strings as sent.
 *
 * @param invoiceId the invoice
 * @param invoiceNumber the human-readable invoice number
 * @param invoiceTotal invoice total in integer cents
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param subscriptionId the subscription (null when not applicable)
 * @param paymentTransactionId the provider's transaction id (null when not applicable)
 * @param provider the payment provider that processed the charge (null when not applicable)
 * @param grossAmount amount paid in integer cents (null when not applicable)
 * @param currency ISO 4217 currency code (null when not applicable)
 * @param orgNetAmount the organization's net amount in integer cents (null when not applicable)
 * @param customerEmail the customer's email (null when not applicable)
 * @param paidAt ISO-8601 instant the payment settled (optional: null when absent)
 */
public record PaymentReceivedData(
        String invoiceId,
        String invoiceNumber,
        long invoiceTotal,
        String customerId,
        @Nullable String subscriptionId,
        @Nullable String paymentTransactionId,
        @Nullable PaymentProvider provider,
        @Nullable Long grossAmount,
        @Nullable String currency,
        @Nullable Long orgNetAmount,
        @Nullable String customerEmail,
        @Nullable String paidAt) {
    /** {@link #paidAt()} as an instant, or null if absent. */
    public @Nullable Instant paidAtInstant() {
        return Timestamps.parseNullable(paidAt);
    }
}
