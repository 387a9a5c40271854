package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code payment.failed}, field for field as the Commet catalog defines {@code
 * PaymentFailedData}. Money is integer cents; dates are the ISO-8601 strings as sent.
 *
 * @param invoiceId the invoice
 * @param invoiceNumber the human-readable invoice number
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param subscriptionId the subscription (null when not applicable)
 * @param failureCode the provider's machine-readable failure code
 * @param failureMessage a human-readable failure description
 * @param recoveryUrl a page where the customer can update the payment method (null when not
 *     applicable)
 */
public record PaymentFailedData(
        String invoiceId,
        String invoiceNumber,
        String customerId,
        @Nullable String subscriptionId,
        String failureCode,
        String failureMessage,
        @Nullable String recoveryUrl) {}
