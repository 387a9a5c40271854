package dev.billhook.webhook.event;

/**
 * Data of {@code credits.depleted}, field for field as the Commet catalog defines {@code
 * CreditsDepletedData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param remainingCredits credits left
 */
public record CreditsDepletedData(
        String subscriptionId,
        String customerId,
        long remainingCredits) {}
