package dev.billhook.webhook.testing;

import java.util.Map;

/**
 * The {@code status} a realistic event of each type carries. The catalog types {@code status} as a
 * plain string, so these follow Commet's documented lifecycles: subscriptions {@code
 * pending_payment → (trialing →) active ⇄ past_due → canceled}, and the states of payment links
 * and payouts.
 */
final class Statuses {
    private static final Map<String, String> BY_TYPE =
            Map.ofEntries(
                    Map.entry("subscription.created", "pending_payment"),
                    Map.entry("subscription.canceled", "canceled"),
                    Map.entry("subscription.past_due", "past_due"),
                    Map.entry("trial.started", "trialing"),
                    Map.entry("trial.will_end", "trialing"),
                    Map.entry("trial.expired", "canceled"),
                    Map.entry("payment_link.created", "pending"),
                    Map.entry("payment_link.completed", "completed"),
                    Map.entry("payment_link.failed", "failed"),
                    Map.entry("payment_link.canceled", "canceled"),
                    Map.entry("payout.created", "pending"),
                    Map.entry("payout.paid", "paid"),
                    Map.entry("payout.failed", "failed"));

    private Statuses() {}

    /** The status for {@code eventType}; {@code active} unless the type implies another. */
    static String forEvent(String eventType) {
        return BY_TYPE.getOrDefault(eventType, "active");
    }
}
