package dev.billhook.webhook.event;

/**
 * Data of {@code balance.depleted}, field for field as the Commet catalog defines {@code
 * BalanceDepletedData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param currentBalance balance left, integer cents
 * @param currency ISO 4217 currency code
 */
public record BalanceDepletedData(
        String subscriptionId,
        String customerId,
        long currentBalance,
        String currency) {}
