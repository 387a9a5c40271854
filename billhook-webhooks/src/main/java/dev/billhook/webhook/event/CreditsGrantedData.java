package dev.billhook.webhook.event;

/**
 * Data of {@code credits.granted}, field for field as the Commet catalog defines {@code
 * CreditsGrantedData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param credits credits granted
 * @param reason why this happened, as a machine-readable string
 */
public record CreditsGrantedData(
        String subscriptionId,
        String customerId,
        long credits,
        String reason) {}
