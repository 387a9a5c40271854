package dev.billhook.webhook.event;

/**
 * Data of {@code credits.expired}, field for field as the Commet catalog defines {@code
 * CreditsExpiredData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param expiredCredits credits that expired
 */
public record CreditsExpiredData(
        String subscriptionId,
        String customerId,
        long expiredCredits) {}
