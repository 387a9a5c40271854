package dev.billhook.server.billing;

import dev.billhook.server.PublicUrls;
import dev.billhook.server.store.Tx;

/** Resolving references the API sends, with 404s that name the parameter, and building details. */
final class BillingLookups {
    private final PublicUrls urls;

    BillingLookups(PublicUrls urls) {
        this.urls = urls;
    }

    /** A customer by our id or the organization's externalId. */
    Customer customer(Tx tx, String organizationId, String ref, String param) {
        return new CustomerStore(tx).find(organizationId, ref)
                .orElseThrow(() -> BillingException.notFound(param, "customer", ref));
    }

    Subscription subscription(Tx tx, String organizationId, String id) {
        return new SubscriptionStore(tx).find(organizationId, id)
                .orElseThrow(() -> BillingException.notFound("id", "subscription", id));
    }

    /** Re-reads a subscription after an UPDATE, so callers never show stale state. */
    Subscription reload(Tx tx, Subscription s) {
        return new SubscriptionStore(tx).find(s.organizationId(), s.id()).orElseThrow();
    }

    SubscriptionDetail detail(Tx tx, Subscription s, long now) {
        Customer customer = new CustomerStore(tx).findById(s.organizationId(), s.customerId()).orElseThrow();
        Plan plan = new PlanStore(tx).findById(s.organizationId(), s.planId()).orElseThrow();
        boolean awaitingPayment = s.status() == SubscriptionStatus.PENDING_PAYMENT
                || s.status() == SubscriptionStatus.PAST_DUE;
        return new SubscriptionDetail(s, customer, plan, now, awaitingPayment ? checkoutUrl(s) : null);
    }

    /** One URL per subscription: it takes the first payment, and later settles a past-due invoice. */
    String checkoutUrl(Subscription s) {
        return urls.of("/checkout/" + s.checkoutToken());
    }
}
