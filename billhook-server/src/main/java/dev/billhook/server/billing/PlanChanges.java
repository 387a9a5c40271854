package dev.billhook.server.billing;

import dev.billhook.server.account.Organization;
import dev.billhook.server.delivery.Outbox;
import dev.billhook.server.store.Database;

/**
 * Immediate plan and interval changes with proration ({@link Proration}). The difference is
 * charged to the saved card at once; a decline changes nothing and answers 402.
 */
public final class PlanChanges {
    /** @param invoiceId the proration invoice, or null when nothing was charged */
    public record Result(SubscriptionDetail subscription, Plan previousPlan, Plan currentPlan, Proration proration,
                         String invoiceId) {}

    private final Database db;
    private final BillingClock clock;
    private final Outbox outbox;
    private final Invoicing invoicing;
    private final BillingLookups lookups;

    PlanChanges(Database db, BillingClock clock, Outbox outbox, Invoicing invoicing, BillingLookups lookups) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.invoicing = invoicing;
        this.lookups = lookups;
    }

    /** @param newPlanRef plan id or code, or null to keep it; {@code newInterval} null keeps the interval */
    public Result change(Organization org, String id, String newPlanRef, String newInterval) {
        if (newPlanRef == null && newInterval == null) {
            throw BillingException.invalid("newPlanId", "or newBillingInterval is required");
        }
        return db.inTransaction(tx -> {
            Subscription s = lookups.subscription(tx, org.id(), id);
            requireChangeable(s);
            PlanStore plans = new PlanStore(tx);
            Plan previous = plans.findById(org.id(), s.planId()).orElseThrow();
            Plan next = newPlanRef == null ? previous : plans.find(org.id(), newPlanRef)
                    .orElseThrow(() -> BillingException.notFound("newPlanId", "plan", newPlanRef));
            Plan.Price price = Subscriptions.priceFor(next, newInterval == null ? s.interval().wire() : newInterval,
                    newInterval == null ? "newPlanId" : "newBillingInterval");
            if (next.id().equals(previous.id()) && price.interval() == s.interval()) {
                throw BillingException.conflict("no_change", "newPlanId", "The subscription is already on plan '"
                        + next.code() + "', billed " + s.interval().wire() + ".");
            }
            long now = clock.now(tx, org.id());
            Proration proration = Proration.of(s.price(), s.currentPeriodStart(), s.currentPeriodEnd(), now,
                    price.amount(), s.interval(), price.interval());
            Customer customer = new CustomerStore(tx).findById(org.id(), s.customerId()).orElseThrow();
            if (proration.totalCharged() > 0 && !PaymentSimulator.chargeSaved(s).succeeded()) {
                throw BillingException.declined(PaymentSimulator.DECLINE_CODE,
                        "The saved card was declined; the plan was not changed.");
            }
            new SubscriptionStore(tx).changePlan(s, next.id(), price.interval(), price.amount(), proration.periodStart(),
                    proration.periodEnd(), clock.wallMillis());
            String invoiceId = null;
            if (proration.totalCharged() > 0) {
                Invoice invoice = invoicing.issue(tx, org, customer, s, proration.totalCharged(), now,
                        proration.periodEnd(), now);
                invoicing.settle(tx, org, customer, invoice, now);
                invoiceId = invoice.id();
            }
            Subscription changed = lookups.reload(tx, s);
            outbox.publish(tx, org, SubscriptionEvents.PLAN_CHANGED,
                    SubscriptionEvents.planChanged(changed, customer, previous, next, proration));
            return new Result(lookups.detail(tx, changed, now), previous, next, proration, invoiceId);
        });
    }

    private static void requireChangeable(Subscription s) {
        String why = switch (s.status()) {
            case ACTIVE, TRIALING -> s.cancelAtPeriodEnd() ? "is scheduled to cancel; cancel immediately or let it end" : null;
            case CANCELED -> "is canceled";
            case PAST_DUE -> "is past due; settle its outstanding invoice first";
            case DRAFT, PENDING_PAYMENT -> "awaits its first payment; pay the checkout first";
        };
        if (why != null) {
            throw BillingException.conflict("subscription_not_changeable", "id",
                    "Subscription '" + s.id() + "' " + why + ".");
        }
    }
}
