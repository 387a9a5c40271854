package dev.billhook.server.delivery;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The event types an endpoint may subscribe to: the 56 types of Commet's {@code WebhookEvent}
 * union (contract/commet-catalog.json, {@code events[].type}), in the catalog's order. A test
 * checks this list against the catalog, so the two cannot drift apart.
 */
public final class EventTypes {
    /**
     * The type of the payload {@code POST /webhooks/{id}/test} sends. Deliberately not one of the
     * Commet types: a fake {@code subscription.created} could make a receiver provision something
     * real, while every receiver must already tolerate unknown types (SPEC.md section 1).
     */
    public static final String TEST = "webhook.test";

    private static final Set<String> KNOWN = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "subscription.created", "subscription.activated", "subscription.reactivated",
            "subscription.canceled", "subscription.updated", "subscription.plan_changed",
            "subscription.cancellation_scheduled", "subscription.cancellation_revoked",
            "subscription.plan_change_scheduled", "subscription.plan_change_revoked", "subscription.past_due",
            "trial.started", "trial.converted", "trial.expired", "trial.will_end", "trial.checkout_ready",
            "checkout.ready",
            "payment.received", "payment.failed", "payment.recovered", "payment.retry_failed",
            "payment.refunded", "payment.disputed", "payment.dispute_resolved",
            "payment_link.created", "payment_link.completed", "payment_link.failed", "payment_link.canceled",
            "invoice.created", "invoice.voided", "invoice.overdue", "invoice.upcoming",
            "payment_method.attached", "payment_method.updated",
            "customer.created", "customer.updated", "customer.state_changed",
            "credits.granted", "credits.purchased", "credits.low", "credits.depleted", "credits.expired",
            "balance.topped_up", "balance.low", "balance.depleted",
            "quota.threshold_reached", "quota.exceeded",
            "seats.updated", "seats.limit_reached",
            "addon.activated", "addon.deactivated",
            "usage.recorded",
            "payout.available", "payout.created", "payout.paid", "payout.failed")));

    private EventTypes() {}

    /** Every subscribable type, in catalog order; unmodifiable. */
    public static Set<String> known() {
        return KNOWN;
    }

    public static boolean isKnown(String type) {
        return KNOWN.contains(type);
    }
}
