package dev.billhook.webhook.event;

/**
 * Data of {@code subscription.past_due}, field for field as the Commet catalog defines {@code
 * SubscriptionPastDueData}.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param status the subscription status, e.g. {@code active} (see SubscriptionStatus in the
 *     catalog)
 * @param invoiceId the invoice
 * @param invoiceNumber the human-readable invoice number
 */
public record SubscriptionPastDueData(
        String subscriptionId,
        String customerId,
        String status,
        String invoiceId,
        String invoiceNumber) {}
