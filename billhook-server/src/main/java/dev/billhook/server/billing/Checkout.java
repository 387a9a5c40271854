package dev.billhook.server.billing;

import dev.billhook.server.account.Organization;
import dev.billhook.server.account.Organizations;
import dev.billhook.server.delivery.Outbox;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.Tx;

/**
 * Paying a subscription's checkout URL. While {@code pending_payment} it takes the first payment
 * (activation); while {@code past_due} it settles the outstanding invoice (recovery). The token in
 * the URL is the only credential, as with a provider's hosted checkout.
 */
public final class Checkout {
    public enum Purpose { FIRST_PAYMENT, RECOVERY }

    /** What the page shows before paying. */
    public record Due(Organization org, SubscriptionDetail subscription, Purpose purpose, long amount) {}

    public record Paid(SubscriptionDetail subscription, Invoice invoice, Purpose purpose) {}

    private final Database db;
    private final BillingClock clock;
    private final Outbox outbox;
    private final Organizations organizations;
    private final Invoicing invoicing;
    private final BillingLookups lookups;

    Checkout(Database db, BillingClock clock, Outbox outbox, Organizations organizations, Invoicing invoicing,
             BillingLookups lookups) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.organizations = organizations;
        this.invoicing = invoicing;
        this.lookups = lookups;
    }

    public Due describe(String token) {
        Organization org = organizationOf(token);
        return db.inTransaction(tx -> {
            Subscription s = byToken(tx, token);
            Purpose purpose = purposeOf(tx, s);
            long amount = purpose == Purpose.FIRST_PAYMENT ? s.price() : outstanding(tx, s).total();
            return new Due(org, lookups.detail(tx, s, clock.now(tx, org.id())), purpose, amount);
        });
    }

    /** Charges {@code cardInput}; a decline is a 402 that changes nothing, so the page can be retried. */
    public Paid pay(String token, String cardInput) {
        Organization org = organizationOf(token);
        String card = PaymentSimulator.normalize(cardInput);
        return db.inTransaction(tx -> {
            Subscription s = byToken(tx, token);
            Purpose purpose = purposeOf(tx, s);
            if (!PaymentSimulator.chargeAtCheckout(card).succeeded()) {
                throw BillingException.declined(PaymentSimulator.DECLINE_CODE,
                        "Your card was declined. Nothing was charged; try another card.");
            }
            long now = clock.now(tx, org.id());
            Customer customer = new CustomerStore(tx).findById(org.id(), s.customerId()).orElseThrow();
            boolean declinesRenewals = PaymentSimulator.declinesRenewals(card);
            SubscriptionStore store = new SubscriptionStore(tx);
            Invoice invoice;
            if (purpose == Purpose.FIRST_PAYMENT) {
                long end = s.interval().advance(now);
                store.activate(s, now, end, declinesRenewals, clock.wallMillis());
                invoice = invoicing.issue(tx, org, customer, s, s.price(), now, end, now);
                invoicing.settle(tx, org, customer, invoice, now);
                outbox.publish(tx, org, SubscriptionEvents.ACTIVATED,
                        SubscriptionEvents.activated(lookups.reload(tx, s), customer, invoice));
            } else {
                invoice = outstanding(tx, s);
                store.recover(s, declinesRenewals, clock.wallMillis());
                invoicing.settle(tx, org, customer, invoice, now);
            }
            return new Paid(lookups.detail(tx, lookups.reload(tx, s), now), invoice, purpose);
        });
    }

    private Purpose purposeOf(Tx tx, Subscription s) {
        switch (s.status()) {
            case PENDING_PAYMENT -> {
                if (new SubscriptionStore(tx).findGrantingAccess(s.organizationId(), s.customerId()).isPresent()) {
                    throw BillingException.conflict("subscription_exists", null,
                            "This customer already has an active subscription.");
                }
                return Purpose.FIRST_PAYMENT;
            }
            case PAST_DUE -> {
                return Purpose.RECOVERY;
            }
            case CANCELED -> throw BillingException.conflict("subscription_canceled", null,
                    "This subscription is canceled; there is nothing to pay.");
            default -> throw BillingException.conflict("already_paid", null, "This checkout is already paid.");
        }
    }

    private Invoice outstanding(Tx tx, Subscription s) {
        return new InvoiceStore(tx).findOutstanding(s.organizationId(), s.id()).orElseThrow(() ->
                BillingException.conflict("already_paid", null, "This subscription has no outstanding invoice."));
    }

    private Organization organizationOf(String token) {
        String organizationId = db.inTransaction(tx -> byToken(tx, token).organizationId());
        return organizations.find(organizationId).orElseThrow();
    }

    private static Subscription byToken(Tx tx, String token) {
        return new SubscriptionStore(tx).findByToken(token)
                .orElseThrow(() -> BillingException.notFound("token", "checkout", token));
    }
}
