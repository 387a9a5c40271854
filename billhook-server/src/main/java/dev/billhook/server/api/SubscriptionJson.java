package dev.billhook.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.account.Organization;
import dev.billhook.server.billing.BillingInterval;
import dev.billhook.server.billing.PaymentSimulator;
import dev.billhook.server.billing.Plan;
import dev.billhook.server.billing.Subscription;
import dev.billhook.server.billing.SubscriptionDetail;
import dev.billhook.server.billing.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** The catalog's {@code Subscription}, built from a {@link SubscriptionDetail}. */
final class SubscriptionJson {
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private SubscriptionJson() {}

    static ObjectNode of(SubscriptionDetail d, Organization org) {
        Subscription s = d.subscription();
        ObjectNode o = Json.object();
        o.put("id", s.id());
        o.put("customerId", d.customer().publicId());
        o.putObject("plan").put("id", d.plan().id()).put("name", d.plan().name()).put("basePrice", s.price());
        o.put("name", s.name() != null ? s.name() : d.plan().name());
        o.putNull("description");
        o.put("status", s.status().wire());
        o.put("billingInterval", s.interval().wire());
        o.putNull("trialEndsAt");
        if (s.currentPeriodStart() == null) {
            o.putNull("currentPeriod");
        } else {
            long left = Math.max(0, s.currentPeriodEnd() - d.now());
            o.putObject("currentPeriod").put("start", IsoTime.format(s.currentPeriodStart()))
                    .put("end", IsoTime.format(s.currentPeriodEnd()))
                    .put("daysRemaining", (left + DAY_MILLIS - 1) / DAY_MILLIS);
        }
        ArrayNode features = o.putArray("features");
        for (Plan.Feature f : d.plan().features()) {
            features.addObject().put("code", f.code()).put("name", f.name()).put("type", f.type()).put("enabled", f.enabled());
        }
        if (s.canceledAt() == null) {
            o.putNull("cancellation");
        } else {
            o.putObject("cancellation").put("scheduledAt", IsoTime.format(s.canceledAt()))
                    .put("reason", s.cancelReason()).put("effectiveAt", IsoTime.formatNullable(s.endDate()));
        }
        o.put("cancelAtPeriodEnd", s.cancelAtPeriodEnd());
        o.putNull("scheduledPlanChange");
        o.putNull("discount");
        o.put("startDate", IsoTime.format(s.startDate()));
        o.put("endDate", IsoTime.formatNullable(s.endDate()));
        if (s.currentPeriodStart() != null && s.interval() != BillingInterval.WEEKLY) {
            o.put("billingDayOfMonth", Instant.ofEpochMilli(s.currentPeriodStart()).atZone(ZoneOffset.UTC).getDayOfMonth());
        } else {
            o.putNull("billingDayOfMonth");
        }
        boolean renews = (s.status() == SubscriptionStatus.ACTIVE || s.status() == SubscriptionStatus.PAST_DUE)
                && !s.cancelAtPeriodEnd();
        o.put("nextBillingDate", renews ? IsoTime.formatNullable(s.currentPeriodEnd()) : null);
        o.put("checkoutUrl", d.checkoutUrl());
        o.put("checkoutProvider", PaymentSimulator.PROVIDER);
        o.put("createdAt", IsoTime.format(s.createdAt()));
        o.put("updatedAt", IsoTime.format(s.updatedAt()));
        o.put("object", "subscription");
        o.put("livemode", org.livemode());
        return o;
    }
}
