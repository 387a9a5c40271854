package dev.billhook.webhook.event;

/**
 * Data of {@code payout.available}, field for field as the Commet catalog defines {@code
 * PayoutAvailableData}. Money is integer cents.
 *
 * @param availableAmount amount available to pay out, integer cents
 * @param currency ISO 4217 currency code
 */
public record PayoutAvailableData(
        long availableAmount,
        String currency) {}
