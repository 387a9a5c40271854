package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code payment.recovered}, field for field as the Commet catalog defines {@code
 * PaymentRecoveredData}. Money is integer cents.
 *
 * @param invoiceId the invoice
 * @param invoiceNumber the human-readable invoice number
 * @param invoiceTotal invoice total in integer cents
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param subscriptionId the subscription (null when not applicable)
 */
public record PaymentRecoveredData(
        String invoiceId,
        String invoiceNumber,
        long invoiceTotal,
        String customerId,
        @Nullable String subscriptionId) {}
