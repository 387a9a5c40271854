package dev.billhook.webhook.event;

/**
 * Data of {@code checkout.ready}, field for field as the Commet catalog defines {@code
 * CheckoutReadyData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param invoiceId the invoice
 * @param invoiceNumber the human-readable invoice number
 * @param invoiceTotal invoice total in integer cents
 * @param invoiceCurrency ISO 4217 currency code of the invoice
 * @param checkoutUrl the checkout page to send the customer to
 */
public record CheckoutReadyData(
        String subscriptionId,
        String customerId,
        String invoiceId,
        String invoiceNumber,
        long invoiceTotal,
        String invoiceCurrency,
        String checkoutUrl) {}
