package dev.billhook.server.billing;

import static dev.billhook.server.IsoTime.formatNullable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.api.Json;

/**
 * The {@code data} of the subscription events, field for field as the catalog's
 * {@code Subscription*Data} types: non-optional fields always present (nullable ones as JSON
 * null), optional ones omitted when there is no value rather than sent as null.
 */
final class SubscriptionEvents {
    static final String CREATED = "subscription.created";
    static final String ACTIVATED = "subscription.activated";
    static final String UPDATED = "subscription.updated";
    static final String CANCELED = "subscription.canceled";
    static final String PLAN_CHANGED = "subscription.plan_changed";

    private SubscriptionEvents() {}

    static ObjectNode created(Subscription s, Customer c, Plan plan) {
        ObjectNode data = base(s, c);
        data.put("planId", plan.id());
        data.put("planName", plan.name());
        data.put("status", s.status().wire());
        data.put("startDate", IsoTime.format(s.startDate()));
        data.put("name", s.name());
        return data;
    }

    /** Fired once, with the invoice of the first successful charge. */
    static ObjectNode activated(Subscription s, Customer c, Invoice invoice) {
        ObjectNode data = base(s, c);
        data.put("status", s.status().wire());
        putIfSet(data, "currentPeriodStart", s.currentPeriodStart());
        putIfSet(data, "currentPeriodEnd", s.currentPeriodEnd());
        data.put("name", s.name());
        data.put("invoiceId", invoice.id());
        data.put("invoiceNumber", invoice.number());
        data.put("invoiceTotal", invoice.total());
        data.put("invoiceCurrency", invoice.currency());
        data.put("provider", PaymentSimulator.PROVIDER);
        return data;
    }

    /** Details changed; in practice a cancellation was scheduled. */
    static ObjectNode updated(Subscription s, Customer c) {
        return cancellation(s, c);
    }

    static ObjectNode canceled(Subscription s, Customer c) {
        return cancellation(s, c);
    }

    static ObjectNode planChanged(Subscription s, Customer c, Plan previous, Plan current, Proration proration) {
        ObjectNode data = base(s, c);
        data.set("previousPlan", planRef(previous));
        data.set("currentPlan", planRef(current));
        data.put("billingInterval", s.interval().wire());
        data.put("credit", proration.credit());
        data.put("charge", proration.charge());
        data.put("totalCharged", proration.totalCharged());
        return data;
    }

    private static ObjectNode cancellation(Subscription s, Customer c) {
        ObjectNode data = base(s, c);
        data.put("status", s.status().wire());
        putIfSet(data, "canceledAt", s.canceledAt());
        data.put("cancelReason", s.cancelReason());
        putIfSet(data, "endDate", s.endDate());
        return data;
    }

    private static ObjectNode base(Subscription s, Customer c) {
        ObjectNode data = Json.object();
        data.put("subscriptionId", s.id());
        data.put("customerId", c.publicId());
        return data;
    }

    private static ObjectNode planRef(Plan plan) {
        ObjectNode ref = Json.object();
        ref.put("id", plan.id());
        ref.put("name", plan.name());
        return ref;
    }

    private static void putIfSet(ObjectNode data, String field, Long epochMillis) {
        if (epochMillis != null) data.put(field, formatNullable(epochMillis));
    }
}
