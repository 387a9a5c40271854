package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * The bank account a payout goes to, as the catalog's {@code WebhookBankRef}. Never the full
 * account number.
 *
 * @param bankName the bank name (null when not applicable)
 * @param last4 last four digits of the account
 */
public record WebhookBankRef(
        @Nullable String bankName,
        String last4) {}
