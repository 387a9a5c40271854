package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code payment_link.completed}, field for field as the Commet catalog defines {@code
 * PaymentLinkCompletedData}. Money is integer cents.
 *
 * @param paymentId the payment link
 * @param status the status as sent, a string because the catalog does not enumerate it
 * @param amount amount in integer cents
 * @param currency ISO 4217 currency code
 * @param description what the payment is for, as shown to the customer
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 *     (null when not applicable)
 * @param invoiceId the invoice created for the payment
 * @param invoiceNumber the human-readable invoice number
 * @param paymentTransactionId the provider's transaction id (null when not applicable)
 */
public record PaymentLinkCompletedData(
        String paymentId,
        String status,
        long amount,
        String currency,
        String description,
        @Nullable String customerId,
        String invoiceId,
        String invoiceNumber,
        @Nullable String paymentTransactionId) {}
