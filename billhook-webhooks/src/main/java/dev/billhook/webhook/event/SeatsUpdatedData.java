package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code seats.updated}, field for field as the Commet catalog defines {@code
 * SeatsUpdatedData}. Money is integer cents.
 *
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param subscriptionId the subscription (null when not applicable)
 * @param featureCode the feature code
 * @param previousSeats seats before the change
 * @param currentSeats seats now
 */
public record SeatsUpdatedData(
        String customerId,
        @Nullable String subscriptionId,
        String featureCode,
        long previousSeats,
        long currentSeats) {}
