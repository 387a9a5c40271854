package dev.billhook.webhook.event;

/**
 * A customer's prepaid balance, as the catalog's {@code WebhookBalance}.
 *
 * @param currentBalance balance left, integer cents
 */
public record WebhookBalance(
        long currentBalance) {}
