package dev.billhook.webhook.event;

/**
 * Data of {@code payment.retry_failed}, field for field as the Commet catalog defines {@code
 * PaymentRetryFailedData}.
 *
 * @param invoiceId the invoice
 * @param invoiceNumber the human-readable invoice number
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param subscriptionId the subscription
 * @param reason why this happened, as a machine-readable string
 */
public record PaymentRetryFailedData(
        String invoiceId,
        String invoiceNumber,
        String customerId,
        String subscriptionId,
        String reason) {}
