package dev.billhook.webhook.event;

/**
 * Data of {@code balance.topped_up}, field for field as the Commet catalog defines {@code
 * BalanceToppedUpData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param invoiceId the invoice
 * @param invoiceNumber the human-readable invoice number
 * @param amount amount added, integer cents
 * @param currency ISO 4217 currency code
 */
public record BalanceToppedUpData(
        String subscriptionId,
        String customerId,
        String invoiceId,
        String invoiceNumber,
        long amount,
        String currency) {}
