package dev.billhook.server.billing;

import dev.billhook.server.PublicUrls;
import dev.billhook.server.account.Organizations;
import dev.billhook.server.api.CustomersApi;
import dev.billhook.server.api.FeatureAccessApi;
import dev.billhook.server.api.PlansApi;
import dev.billhook.server.api.Routes;
import dev.billhook.server.api.SubscriptionsApi;
import dev.billhook.server.api.TestClockApi;
import dev.billhook.server.delivery.Outbox;
import dev.billhook.server.store.Database;
import java.time.Clock;
import org.eclipse.jetty.server.Handler;

/**
 * Billing's wiring: customers, plans, subscriptions, invoices, payments, the test clock and
 * checkout. Built once by the composition root; every service here is stateless and thread-safe.
 */
public final class Billing {
    private final Customers customers;
    private final Plans plans;
    private final Subscriptions subscriptions;
    private final PlanChanges planChanges;
    private final Entitlements entitlements;
    private final TestClocks testClocks;
    private final BillingRun billingRun;
    private final Checkout checkout;

    public Billing(Database db, Clock clock, Outbox outbox, Organizations organizations, PublicUrls urls) {
        BillingClock billingClock = new BillingClock(clock);
        PlanCatalog catalog = new PlanCatalog();
        BillingLookups lookups = new BillingLookups(urls);
        Invoicing invoicing = new Invoicing(outbox);
        this.customers = new Customers(db, clock);
        this.plans = new Plans(db, clock, catalog);
        this.subscriptions = new Subscriptions(db, billingClock, outbox, catalog, lookups);
        this.planChanges = new PlanChanges(db, billingClock, outbox, invoicing, lookups);
        this.entitlements = new Entitlements(db, clock, catalog, lookups);
        this.testClocks = new TestClocks(db, billingClock);
        this.billingRun = new BillingRun(db, billingClock, outbox, invoicing, lookups);
        this.checkout = new Checkout(db, billingClock, outbox, organizations, invoicing, lookups);
    }

    public void routes(Routes routes) {
        new CustomersApi(customers).register(routes);
        new PlansApi(plans).register(routes);
        new SubscriptionsApi(subscriptions, planChanges).register(routes);
        new FeatureAccessApi(entitlements).register(routes);
        new TestClockApi(testClocks, billingRun).register(routes);
    }

    /** Serves {@code /checkout/{token}}; declines every other path so later handlers can take it. */
    public Handler checkoutHandler() {
        return new CheckoutHandler(checkout);
    }
}
