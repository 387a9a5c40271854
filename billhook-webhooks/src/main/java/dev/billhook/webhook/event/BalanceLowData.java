package dev.billhook.webhook.event;

/**
 * Data of {@code balance.low}, field for field as the Commet catalog defines {@code
 * BalanceLowData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param currentBalance balance left, integer cents
 * @param thresholdBalance the alert threshold, integer cents
 * @param currency ISO 4217 currency code
 */
public record BalanceLowData(
        String subscriptionId,
        String customerId,
        long currentBalance,
        long thresholdBalance,
        String currency) {}
