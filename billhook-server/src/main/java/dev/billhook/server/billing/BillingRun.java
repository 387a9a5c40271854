package dev.billhook.server.billing;

import dev.billhook.server.account.Organization;
import dev.billhook.server.delivery.Outbox;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.Tx;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One pass of recurring billing for an organization at its billing now (test clock
 * {@code process-billing}). First every subscription that was already past due gets one dunning
 * retry; then renewals and period-end cancellations run until nothing is due, so a clock that
 * jumped several periods catches up. Each step is its own transaction with its events.
 */
public final class BillingRun {
    /** Failed renewal charges (the first plus retries) before a subscription is canceled. */
    public static final int MAX_FAILED_CHARGES = 3;
    public static final String DUNNING_EXHAUSTED = "dunning_exhausted";
    /** A runaway guard: a weekly plan over a decade is about 520 steps. */
    private static final int MAX_STEPS = 10_000;

    /** The counts the API reports as {@code TestClockBilling}. */
    public record Result(int customersFound, int enqueued, int failed, int dunningRetried, int dunningFailed) {}

    private final Database db;
    private final BillingClock clock;
    private final Outbox outbox;
    private final Invoicing invoicing;
    private final BillingLookups lookups;

    BillingRun(Database db, BillingClock clock, Outbox outbox, Invoicing invoicing, BillingLookups lookups) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.invoicing = invoicing;
        this.lookups = lookups;
    }

    public Result process(Organization org) {
        Counter counter = new Counter();
        long now = db.inTransaction(tx -> clock.now(tx, org.id()));
        List<String> pastDue = db.inTransaction(tx ->
                new SubscriptionStore(tx).idsWithStatus(org.id(), SubscriptionStatus.PAST_DUE));
        for (String id : pastDue) {
            step(() -> db.run(tx -> retry(tx, org, lookups.subscription(tx, org.id(), id), now, counter)));
        }
        for (int step = 0; step < MAX_STEPS; step++) {
            Optional<String> due = db.inTransaction(tx -> new SubscriptionStore(tx).nextDue(org.id(), now));
            if (due.isEmpty()) break;
            step(() -> db.run(tx -> advance(tx, org, lookups.subscription(tx, org.id(), due.get()), now, counter)));
        }
        return new Result(counter.customers.size(), counter.enqueued, counter.failed, counter.retried, counter.retryFailed);
    }

    /** Runs one step; if another node billed the subscription first, its work stands and this step is skipped. */
    private static void step(Runnable work) {
        try {
            work.run();
        } catch (BillingException e) {
            if (!BillingException.CONCURRENT_CHANGE.equals(e.code())) throw e;
        }
    }

    /** A renewal, or the end of a scheduled cancellation: whichever is due for {@code s}. */
    private void advance(Tx tx, Organization org, Subscription s, long now, Counter counter) {
        boolean ends = endsAt(s, now);
        // Read again inside this step's transaction: a concurrent run may have billed it since
        // nextDue picked it, and a renewed subscription must not be renewed for the next period too.
        if (!ends && !renewsAt(s, now)) return;
        Customer customer = customer(tx, s);
        counter.customers.add(s.customerId());
        if (ends) {
            endSubscription(tx, org, s, customer, s.canceledAt(), s.cancelReason(), s.endDate());
            return;
        }
        long start = s.currentPeriodEnd();
        long end = s.interval().advance(start);
        new SubscriptionStore(tx).advancePeriod(s, start, end, clock.wallMillis());
        Invoice invoice = invoicing.issue(tx, org, customer, s, s.price(), start, end, now);
        counter.enqueued++;
        PaymentSimulator.Charge charge = PaymentSimulator.chargeSaved(s);
        if (charge.succeeded()) {
            invoicing.settle(tx, org, customer, invoice, now);
            return;
        }
        counter.failed++;
        chargeFailed(tx, org, lookups.reload(tx, s), customer, invoice, charge, now);
    }

    /** The same conditions as {@link SubscriptionStore#nextDue}, for one subscription. */
    private static boolean endsAt(Subscription s, long now) {
        boolean live = s.status() == SubscriptionStatus.ACTIVE || s.status() == SubscriptionStatus.PAST_DUE;
        return live && s.cancelAtPeriodEnd() && s.endDate() != null && s.endDate() <= now;
    }

    private static boolean renewsAt(Subscription s, long now) {
        return s.status() == SubscriptionStatus.ACTIVE && s.currentPeriodEnd() != null && s.currentPeriodEnd() <= now;
    }

    /** Retries the outstanding invoice of a past-due subscription with its saved card. */
    private void retry(Tx tx, Organization org, Subscription s, long now, Counter counter) {
        if (s.status() != SubscriptionStatus.PAST_DUE) return;
        Optional<Invoice> invoice = new InvoiceStore(tx).findOutstanding(org.id(), s.id());
        if (invoice.isEmpty()) return;
        Customer customer = customer(tx, s);
        counter.customers.add(s.customerId());
        counter.retried++;
        PaymentSimulator.Charge charge = PaymentSimulator.chargeSaved(s);
        if (charge.succeeded()) {
            new SubscriptionStore(tx).recover(s, s.renewalsDecline(), clock.wallMillis());
            invoicing.settle(tx, org, customer, invoice.get(), now);
            return;
        }
        counter.retryFailed++;
        chargeFailed(tx, org, s, customer, invoice.get(), charge, now);
    }

    /** {@code payment.failed}, then past due, or canceled once dunning is exhausted. */
    private void chargeFailed(Tx tx, Organization org, Subscription s, Customer customer, Invoice invoice,
                              PaymentSimulator.Charge charge, long now) {
        new SubscriptionStore(tx).recordFailedCharge(s, clock.wallMillis());
        invoicing.fail(tx, org, customer, invoice, charge, lookups.checkoutUrl(s), now);
        if (s.failedRenewals() + 1 >= MAX_FAILED_CHARGES) {
            new InvoiceStore(tx).setStatus(invoice, Invoice.UNCOLLECTIBLE);
            endSubscription(tx, org, s, customer, now, DUNNING_EXHAUSTED, now);
        }
    }

    private void endSubscription(Tx tx, Organization org, Subscription s, Customer customer, long canceledAt,
                                 String reason, long endDate) {
        new SubscriptionStore(tx).cancel(s, canceledAt, reason, endDate, clock.wallMillis());
        Subscription ended = lookups.reload(tx, s);
        outbox.publish(tx, org, SubscriptionEvents.CANCELED, SubscriptionEvents.canceled(ended, customer));
    }

    private static Customer customer(Tx tx, Subscription s) {
        return new CustomerStore(tx).findById(s.organizationId(), s.customerId()).orElseThrow();
    }

    private static final class Counter {
        final Set<String> customers = new HashSet<>();
        int enqueued;
        int failed;
        int retried;
        int retryFailed;
    }
}
