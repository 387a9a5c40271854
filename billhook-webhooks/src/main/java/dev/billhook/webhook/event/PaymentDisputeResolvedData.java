package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code payment.dispute_resolved}, field for field as the Commet catalog defines {@code
 * PaymentDisputeResolvedData}. Money is integer cents.
 *
 * @param paymentTransactionId the provider's transaction id
 * @param provider the payment provider that processed the charge
 * @param paymentLinkId the payment link the payment came through (null when not applicable)
 * @param invoiceId the invoice (null when not applicable)
 * @param invoiceNumber the human-readable invoice number (null when not applicable)
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 *     (null when not applicable)
 * @param subscriptionId the subscription (null when not applicable)
 * @param disputeAmount amount disputed in integer cents
 * @param currency ISO 4217 currency code
 * @param disputeReason the provider's dispute reason (null when not applicable)
 * @param outcome how the dispute ended, e.g. {@code won} or {@code lost}
 */
public record PaymentDisputeResolvedData(
        String paymentTransactionId,
        PaymentProvider provider,
        @Nullable String paymentLinkId,
        @Nullable String invoiceId,
        @Nullable String invoiceNumber,
        @Nullable String customerId,
        @Nullable String subscriptionId,
        long disputeAmount,
        String currency,
        @Nullable String disputeReason,
        String outcome) {}
