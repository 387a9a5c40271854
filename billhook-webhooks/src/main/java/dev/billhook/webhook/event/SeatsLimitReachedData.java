package dev.billhook.webhook.event;

/**
 * Data of {@code seats.limit_reached}, field for field as the Commet catalog defines {@code
 * SeatsLimitReachedData}. Money is integer cents.
 *
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param subscriptionId the subscription
 * @param featureCode the feature code
 * @param currentSeats seats now
 * @param includedSeats seats included in the plan
 */
public record SeatsLimitReachedData(
        String customerId,
        String subscriptionId,
        String featureCode,
        long currentSeats,
        long includedSeats) {}
