package dev.billhook.webhook.event;

/**
 * Data of {@code credits.purchased}, field for field as the Commet catalog defines {@code
 * CreditsPurchasedData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param invoiceId the invoice
 * @param invoiceNumber the human-readable invoice number
 * @param creditPackName the credit pack bought
 * @param credits credits bought
 */
public record CreditsPurchasedData(
        String subscriptionId,
        String customerId,
        String invoiceId,
        String invoiceNumber,
        String creditPackName,
        long credits) {}
