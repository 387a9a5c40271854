package dev.billhook.webhook.event;

/**
 * A payment card on file, as the catalog's {@code WebhookCardInfo}. Never the full number.
 *
 * @param brand the card brand, e.g. {@code visa}
 * @param last4 last four digits of the card number
 * @param expMonth expiry month, 1 to 12
 * @param expYear expiry year, four digits
 */
public record WebhookCardInfo(
        String brand,
        String last4,
        long expMonth,
        long expYear) {}
