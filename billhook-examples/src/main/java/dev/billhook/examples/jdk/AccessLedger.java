package dev.billhook.examples.jdk;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.event.InvoiceCreatedData;
import dev.billhook.webhook.event.PaymentFailedData;
import dev.billhook.webhook.event.PaymentReceivedData;
import dev.billhook.webhook.event.SubscriptionActivatedData;
import dev.billhook.webhook.event.SubscriptionCanceledData;
import dev.billhook.webhook.event.SubscriptionCreatedData;
import dev.billhook.webhook.event.SubscriptionPlanChangedData;
import dev.billhook.webhook.event.SubscriptionUpdatedData;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The part of a receiver you would actually write: what each billing event means for your
 * application. Here, who has access, in memory, keyed by customer id; yours would use a database
 * and record the event id in the same transaction as the change.
 *
 * <p>Follows the delivery rules: events may repeat (deduplicated by id) and arrive out of order (a
 * canceled subscription stays canceled). Thread-safe.
 */
public final class AccessLedger {
    /** What a customer currently has. */
    public record Access(String subscriptionId, String plan, String status, boolean active) {}

    private final Map<String, Access> byCustomer = new ConcurrentHashMap<>();
    private final Set<String> seenEventIds = ConcurrentHashMap.newKeySet();
    private final PrintStream out;

    public AccessLedger(PrintStream out) {
        this.out = out;
    }

    /** Registers a handler for each of the eight core events on {@code builder}. */
    public WebhookDispatcher.Builder register(WebhookDispatcher.Builder builder) {
        return builder.onSubscriptionCreated(e -> once(e, () -> created(e.data())))
                .onSubscriptionActivated(e -> once(e, () -> activated(e.data())))
                .onSubscriptionUpdated(e -> once(e, () -> updated(e.data())))
                .onSubscriptionCanceled(e -> once(e, () -> canceled(e.data())))
                .onSubscriptionPlanChanged(e -> once(e, () -> planChanged(e.data())))
                .onPaymentReceived(e -> once(e, () -> paymentReceived(e.data())))
                .onPaymentFailed(e -> once(e, () -> paymentFailed(e.data())))
                .onInvoiceCreated(e -> once(e, () -> invoiceCreated(e.data())));
    }

    private void created(SubscriptionCreatedData d) {
        update(d.customerId(), d.subscriptionId(), d.planName(), d.status());
        say("%s subscribed to %s; waiting for the first payment", d.customerId(), d.planName());
    }

    private void activated(SubscriptionActivatedData d) {
        update(d.customerId(), d.subscriptionId(), null, d.status());
        say("granted access to %s (invoice %s, %s)",
                d.customerId(), d.invoiceNumber(), money(d.invoiceTotal(), d.invoiceCurrency()));
    }

    private void updated(SubscriptionUpdatedData d) {
        update(d.customerId(), d.subscriptionId(), null, d.status());
        if (d.canceledAt() != null) {
            say("%s scheduled a cancellation; access continues until %s", d.customerId(), d.endDate());
        } else {
            say("%s's subscription is now %s", d.customerId(), d.status());
        }
    }

    private void canceled(SubscriptionCanceledData d) {
        update(d.customerId(), d.subscriptionId(), null, d.status());
        say("revoked access for %s (%s)", d.customerId(), d.cancelReason());
    }

    private void planChanged(SubscriptionPlanChangedData d) {
        update(d.customerId(), d.subscriptionId(), d.currentPlan().name(), null);
        say("%s moved from %s to %s", d.customerId(), d.previousPlan().name(), d.currentPlan().name());
    }

    private void paymentReceived(PaymentReceivedData d) {
        say("received %s from %s for invoice %s",
                money(d.invoiceTotal(), d.currency()), d.customerId(), d.invoiceNumber());
    }

    private void paymentFailed(PaymentFailedData d) {
        // Past due keeps access during dunning; the customer can fix it at recoveryUrl.
        update(d.customerId(), d.subscriptionId(), null, "past_due");
        say("payment failed for %s (%s); recovery: %s", d.customerId(), d.failureCode(), d.recoveryUrl());
    }

    private void invoiceCreated(InvoiceCreatedData d) {
        say("invoice %s for %s: %s", d.invoiceNumber(), d.customerId(), money(d.total(), d.currency()));
    }

    /** What {@code customerId} has, if any subscription event was seen for them. */
    public Optional<Access> access(String customerId) {
        return Optional.ofNullable(byCustomer.get(customerId));
    }

    /** Whether {@code customerId} may use the product right now. */
    public boolean hasAccess(String customerId) {
        return access(customerId).map(Access::active).orElse(false);
    }

    private void once(WebhookEvent event, Runnable action) {
        if (event.id() != null && !seenEventIds.add(event.id())) {
            say("ignored duplicate %s %s", event.type(), event.id());
            return;
        }
        action.run();
    }

    /** Null plan or status means "unchanged". Access follows SPEC section 4. */
    private void update(String customer, String subscription, String plan, String status) {
        byCustomer.compute(
                customer,
                (id, old) -> {
                    boolean same = old != null && old.subscriptionId().equals(subscription);
                    if (same && "canceled".equals(old.status())) {
                        return old; // canceled is terminal; a late event must not revive it
                    }
                    String newPlan = plan != null ? plan : same ? old.plan() : "?";
                    String newStatus = status != null ? status : same ? old.status() : "active";
                    return new Access(subscription, newPlan, newStatus, grantsAccess(newStatus));
                });
    }

    private static boolean grantsAccess(String status) {
        return status.equals("trialing") || status.equals("active") || status.equals("past_due");
    }

    private static String money(Long cents, String currency) {
        if (cents == null) {
            return "an unknown amount";
        }
        return String.format(
                        "%d.%02d %s",
                        cents / 100, Math.abs(cents % 100), currency == null ? "" : currency)
                .strip();
    }

    private void say(String format, Object... args) {
        out.println("[receiver] " + String.format(format, args));
    }
}
