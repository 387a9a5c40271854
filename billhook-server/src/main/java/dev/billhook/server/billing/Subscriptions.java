package dev.billhook.server.billing;

import dev.billhook.server.account.Organization;
import dev.billhook.server.delivery.Outbox;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.Ids;
import java.util.List;
import java.util.Optional;

/** Creating, reading and canceling subscriptions. Payments happen at checkout and in billing runs. */
public final class Subscriptions {
    /** What a caller asks for; {@code planId} wins over {@code planCode}; nulls mean "not given". */
    public record NewSubscription(String customerRef, String planId, String planCode, String interval, String name) {}

    private final Database db;
    private final BillingClock clock;
    private final Outbox outbox;
    private final PlanCatalog catalog;
    private final BillingLookups lookups;

    Subscriptions(Database db, BillingClock clock, Outbox outbox, PlanCatalog catalog, BillingLookups lookups) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.catalog = catalog;
        this.lookups = lookups;
    }

    /** A {@code pending_payment} subscription and its checkout URL; fires {@code subscription.created}. */
    public SubscriptionDetail create(Organization org, NewSubscription req) {
        if (req.planId() == null && req.planCode() == null) throw BillingException.invalid("planId", "or planCode is required");
        return db.inTransaction(tx -> {
            long now = clock.now(tx, org.id());
            catalog.ensureSeeded(tx, org.id(), clock.wallMillis());
            Customer customer = lookups.customer(tx, org.id(), req.customerRef(), "customerId");
            String planParam = req.planId() != null ? "planId" : "planCode";
            String planRef = req.planId() != null ? req.planId() : req.planCode();
            Plan plan = new PlanStore(tx).find(org.id(), planRef)
                    .orElseThrow(() -> BillingException.notFound(planParam, "plan", planRef));
            Plan.Price price = priceFor(plan, req.interval(), "billingInterval");
            SubscriptionStore store = new SubscriptionStore(tx);
            if (store.findGrantingAccess(org.id(), customer.id()).isPresent()) {
                throw BillingException.conflict("subscription_exists", "customerId",
                        "Customer '" + req.customerRef() + "' already has a subscription granting access; change its plan instead.");
            }
            long wall = clock.wallMillis();
            Subscription s = new Subscription(Ids.newId("sub"), org.id(), customer.id(), plan.id(), req.name(),
                    SubscriptionStatus.PENDING_PAYMENT, price.interval(), price.amount(), Ids.newId("chk"), false, now,
                    null, null, false, null, null, null, 0, wall, wall);
            store.insert(s);
            outbox.publish(tx, org, SubscriptionEvents.CREATED, SubscriptionEvents.created(s, customer, plan));
            return lookups.detail(tx, s, now);
        });
    }

    public SubscriptionDetail get(Organization org, String id) {
        return db.inTransaction(tx -> lookups.detail(tx, lookups.subscription(tx, org.id(), id), clock.now(tx, org.id())));
    }

    /** Newest first; {@code customerRef} (id or externalId) and {@code status} filter when not null. */
    public List<SubscriptionDetail> list(Organization org, String customerRef, SubscriptionStatus status) {
        return db.inTransaction(tx -> {
            long now = clock.now(tx, org.id());
            String customerId = customerRef == null ? null : lookups.customer(tx, org.id(), customerRef, "customerId").id();
            return new SubscriptionStore(tx).list(org.id(), customerId, status).stream()
                    .map(s -> lookups.detail(tx, s, now)).toList();
        });
    }

    /** The subscription that grants the customer access now, if any: the source of truth for receivers. */
    public Optional<SubscriptionDetail> active(Organization org, String customerRef) {
        return db.inTransaction(tx -> {
            Customer customer = lookups.customer(tx, org.id(), customerRef, "customerId");
            long now = clock.now(tx, org.id());
            return new SubscriptionStore(tx).findGrantingAccess(org.id(), customer.id()).map(s -> lookups.detail(tx, s, now));
        });
    }

    /**
     * Cancels at period end (status stays active, {@code subscription.updated}) or, when
     * {@code immediate} or never paid, at once ({@code subscription.canceled}).
     */
    public SubscriptionDetail cancel(Organization org, String id, String reason, boolean immediate) {
        return db.inTransaction(tx -> {
            Subscription s = lookups.subscription(tx, org.id(), id);
            if (s.status() == SubscriptionStatus.CANCELED) {
                throw BillingException.conflict("subscription_canceled", "id", "Subscription '" + id + "' is already canceled.");
            }
            long now = clock.now(tx, org.id());
            Customer customer = new CustomerStore(tx).findById(org.id(), s.customerId()).orElseThrow();
            SubscriptionStore store = new SubscriptionStore(tx);
            if (immediate || s.currentPeriodEnd() == null) {
                store.cancel(s, now, reason, now, clock.wallMillis());
                new InvoiceStore(tx).voidOutstanding(org.id(), s.id());
                Subscription canceled = lookups.reload(tx, s);
                outbox.publish(tx, org, SubscriptionEvents.CANCELED, SubscriptionEvents.canceled(canceled, customer));
                return lookups.detail(tx, canceled, now);
            }
            if (s.cancelAtPeriodEnd()) {
                throw BillingException.conflict("cancellation_scheduled", "id", "Subscription '" + id
                        + "' is already scheduled to cancel at period end; pass immediate: true to cancel now.");
            }
            store.scheduleCancel(s, now, reason, s.currentPeriodEnd(), clock.wallMillis());
            Subscription scheduled = lookups.reload(tx, s);
            outbox.publish(tx, org, SubscriptionEvents.UPDATED, SubscriptionEvents.updated(scheduled, customer));
            return lookups.detail(tx, scheduled, now);
        });
    }

    /** The plan's price for {@code interval} (its default when null), or a 400 naming {@code param}. */
    static Plan.Price priceFor(Plan plan, String interval, String param) {
        if (interval == null) return plan.defaultPrice();
        BillingInterval parsed = BillingInterval.ofWire(interval).orElseThrow(() ->
                BillingException.invalid(param, "must be one of weekly, monthly, quarterly, yearly"));
        return plan.price(parsed).orElseThrow(() -> BillingException.invalid(param, "'" + interval
                + "' is not offered by plan '" + plan.code() + "'; it offers "
                + String.join(", ", plan.prices().stream().map(p -> p.interval().wire()).toList())));
    }
}
