package dev.billhook.webhook.event;

/**
 * A customer's credits, as the catalog's {@code WebhookCreditsBalance}.
 *
 * @param planCredits credits from the plan
 * @param purchasedCredits credits bought in packs
 * @param totalCredits all credits available
 */
public record WebhookCreditsBalance(
        long planCredits,
        long purchasedCredits,
        long totalCredits) {}
