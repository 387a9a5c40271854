package dev.billhook.webhook.event;

/**
 * Data of {@code credits.low}, field for field as the Commet catalog defines {@code
 * CreditsLowData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param remainingCredits credits left
 * @param thresholdCredits the alert threshold, in credits
 * @param periodCredits credits granted for the period
 */
public record CreditsLowData(
        String subscriptionId,
        String customerId,
        long remainingCredits,
        long thresholdCredits,
        long periodCredits) {}
