package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code payment.refunded}, field for field as the Commet catalog defines {@code
 * PaymentRefundedData}. Money is integer cents.
 *
 * @param paymentTransactionId the provider's transaction id
 * @param provider the payment provider that processed the charge
 * @param paymentLinkId the payment link the payment came through (null when not applicable)
 * @param invoiceId the invoice (null when not applicable)
 * @param invoiceNumber the human-readable invoice number (null when not applicable)
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 *     (null when not applicable)
 * @param subscriptionId the subscription (null when not applicable)
 * @param refundAmount amount refunded in integer cents
 * @param currency ISO 4217 currency code
 */
public record PaymentRefundedData(
        String paymentTransactionId,
        PaymentProvider provider,
        @Nullable String paymentLinkId,
        @Nullable String invoiceId,
        @Nullable String invoiceNumber,
        @Nullable String customerId,
        @Nullable String subscriptionId,
        long refundAmount,
        String currency) {}
