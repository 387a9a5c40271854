package dev.billhook.server.billing;

import static dev.billhook.server.billing.BillingTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The happy path of one subscription, end to end over HTTP: the events a receiver would see. */
class SubscriptionLifecycleTest extends TenantScenario {
    @Test
    void subscribePayChangePlanRenewAndCancelAtPeriodEnd() {
        String customerId = createCustomer(t, "user_1", "ada@example.com");
        t.newEvents();

        // Subscribe: pending payment, no access yet.
        JsonNode sub = subscribe(t, "user_1", "starter");
        String subId = sub.get("id").asText();
        assertThat(sub.get("status").asText()).isEqualTo("pending_payment");
        assertThat(sub.get("customerId").asText()).isEqualTo("user_1");
        assertThat(sub.get("checkoutUrl").asText()).startsWith(server.server().baseUrl() + "/checkout/");
        assertThat(CatalogShape.restProblems("Subscription", sub)).isEmpty();
        JsonNode created = expectEvents(t, "subscription.created").get(0);
        assertThat(created.get("subscriptionId").asText()).isEqualTo(subId);
        assertThat(created.get("customerId").asText()).isEqualTo("user_1");
        assertThat(created.get("planName").asText()).isEqualTo("Starter");
        assertThat(created.get("status").asText()).isEqualTo("pending_payment");
        assertThat(created.get("startDate").asText()).isEqualTo("2030-01-01T00:00:00.000Z");
        assertThat(created.get("name").isNull()).isTrue();
        assertThat(t.get("/subscriptions/active?customerId=user_1").data().isNull()).isTrue();
        JsonNode denied = canUse(t, "user_1", "api_access");
        assertThat(denied.get("allowed").asBoolean()).isFalse();
        assertThat(denied.get("reason").asText()).isEqualTo("no_active_subscription");

        // The checkout page, then paying it.
        Tenant.Page page = t.checkout("GET", sub.get("checkoutUrl").asText(), null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Starter", "$9.00", "4242424242424242", "<form method=\"post\"");
        Tenant.Page paid = t.payJson(sub.get("checkoutUrl").asText(), "4242 4242 4242 4242");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().at("/data/subscriptionStatus").asText()).isEqualTo("active");
        List<JsonNode> activation = expectEvents(t, "invoice.created", "payment.received", "subscription.activated");
        assertThat(activation.get(0).get("invoiceNumber").asText()).isEqualTo("INV-000001");
        assertThat(activation.get(0).get("invoiceStatus").asText()).isEqualTo("outstanding");
        assertThat(activation.get(0).get("total").asLong()).isEqualTo(900);
        assertThat(activation.get(0).get("periodEnd").asText()).isEqualTo("2030-02-01T00:00:00.000Z");
        assertThat(activation.get(1).get("grossAmount").asLong()).isEqualTo(900);
        assertThat(activation.get(1).get("customerEmail").asText()).isEqualTo("ada@example.com");
        assertThat(activation.get(1).get("provider").asText()).isEqualTo("commet");
        assertThat(activation.get(1).get("paidAt").asText()).isEqualTo("2030-01-01T00:00:00.000Z");
        JsonNode activated = activation.get(2);
        assertThat(activated.get("status").asText()).isEqualTo("active");
        assertThat(activated.get("invoiceId").asText()).isEqualTo(activation.get(0).get("invoiceId").asText());
        assertThat(activated.get("invoiceTotal").asLong()).isEqualTo(900);
        assertThat(activated.get("currentPeriodStart").asText()).isEqualTo("2030-01-01T00:00:00.000Z");
        assertThat(activated.get("currentPeriodEnd").asText()).isEqualTo("2030-02-01T00:00:00.000Z");

        JsonNode active = t.get("/subscriptions/active?customerId=" + customerId).data();
        assertThat(active.get("id").asText()).isEqualTo(subId);
        assertThat(active.get("checkoutUrl").isNull()).isTrue();
        assertThat(active.at("/currentPeriod/daysRemaining").asInt()).isEqualTo(31);
        assertThat(canUse(t, "user_1", "api_access").get("allowed").asBoolean()).isTrue();
        assertThat(canUse(t, "user_1", "sso").get("reason").asText()).isEqualTo("not_included_in_plan");
        assertThat(t.payJson(sub.get("checkoutUrl").asText(), "4242424242424242").status()).isEqualTo(409);

        // Ten days in, upgrade: 21 of 31 days remain.
        advanceDays(t, 10);
        TestServer.Reply change = t.post("/subscriptions/" + subId + "/change-plan", Map.of("newPlanId", "pro"));
        assertThat(change.status()).as(change.json().toString()).isEqualTo(200);
        assertThat(CatalogShape.restProblems("PlanChange", change.data())).isEmpty();
        assertThat(change.data().at("/billing/credit").asLong()).isEqualTo(610);   // 900 × 21/31
        assertThat(change.data().at("/billing/charge").asLong()).isEqualTo(1965);  // 2900 × 21/31
        assertThat(change.data().at("/billing/totalCharged").asLong()).isEqualTo(1355);
        List<JsonNode> upgrade = expectEvents(t, "invoice.created", "payment.received", "subscription.plan_changed");
        assertThat(upgrade.get(0).get("total").asLong()).isEqualTo(1355);
        JsonNode planChanged = upgrade.get(2);
        assertThat(planChanged.at("/previousPlan/name").asText()).isEqualTo("Starter");
        assertThat(planChanged.at("/currentPlan/name").asText()).isEqualTo("Pro");
        assertThat(planChanged.get("credit").asLong()).isEqualTo(610);
        assertThat(planChanged.get("charge").asLong()).isEqualTo(1965);
        assertThat(planChanged.get("totalCharged").asLong()).isEqualTo(1355);
        assertThat(planChanged.get("billingInterval").asText()).isEqualTo("monthly");
        assertThat(canUse(t, "user_1", "sso").get("allowed").asBoolean()).isTrue();

        // The period ends: the renewal is invoiced and paid at the new price.
        advanceDays(t, 21);
        JsonNode run = processBilling(t);
        assertThat(CatalogShape.restProblems("TestClockBilling", run)).isEmpty();
        assertThat(run.get("enqueued").asInt()).isEqualTo(1);
        assertThat(run.get("customersFound").asInt()).isEqualTo(1);
        List<JsonNode> renewal = expectEvents(t, "invoice.created", "payment.received");
        assertThat(renewal.get(0).get("total").asLong()).isEqualTo(2900);
        assertThat(renewal.get(0).get("invoiceNumber").asText()).isEqualTo("INV-000003");
        assertThat(renewal.get(0).get("periodStart").asText()).isEqualTo("2030-02-01T00:00:00.000Z");
        assertThat(renewal.get(0).get("periodEnd").asText()).isEqualTo("2030-03-01T00:00:00.000Z");
        assertThat(processBilling(t).get("enqueued").asInt()).isZero();
        expectEvents(t);

        // Cancel at period end: still active until March 1st.
        TestServer.Reply cancel = t.post("/subscriptions/" + subId + "/cancel", Map.of("reason", "too expensive"));
        assertThat(cancel.status()).as(cancel.json().toString()).isEqualTo(200);
        assertThat(CatalogShape.restProblems("CanceledSubscription", cancel.data())).isEmpty();
        assertThat(cancel.data().get("status").asText()).isEqualTo("active");
        assertThat(cancel.data().get("scheduledCancellationDate").asText()).isEqualTo("2030-03-01T00:00:00.000Z");
        JsonNode updated = expectEvents(t, "subscription.updated").get(0);
        assertThat(updated.get("status").asText()).isEqualTo("active");
        assertThat(updated.get("endDate").asText()).isEqualTo("2030-03-01T00:00:00.000Z");
        assertThat(updated.get("canceledAt").asText()).isEqualTo("2030-02-01T00:00:00.000Z");
        assertThat(updated.get("cancelReason").asText()).isEqualTo("too expensive");
        JsonNode scheduled = subscription(t, subId);
        assertThat(scheduled.get("cancelAtPeriodEnd").asBoolean()).isTrue();
        assertThat(scheduled.at("/cancellation/effectiveAt").asText()).isEqualTo("2030-03-01T00:00:00.000Z");
        assertThat(scheduled.get("nextBillingDate").isNull()).isTrue();

        advanceDays(t, 28);
        processBilling(t);
        JsonNode canceled = expectEvents(t, "subscription.canceled").get(0);
        assertThat(canceled.get("status").asText()).isEqualTo("canceled");
        assertThat(canceled.get("cancelReason").asText()).isEqualTo("too expensive");
        assertThat(subscription(t, subId).get("status").asText()).isEqualTo("canceled");
        assertThat(t.get("/subscriptions/active?customerId=user_1").data().isNull()).isTrue();
        assertThat(canUse(t, "user_1", "api_access").get("allowed").asBoolean()).isFalse();
    }

    @Test
    void aClockThatJumpsSeveralPeriodsRenewsEachOne() {
        createCustomer(t, "jumper", "j@example.com");
        pay(t, subscribe(t, "jumper", "starter"), "4242424242424242");
        t.newEvents();
        advanceDays(t, 100); // Jan 1 + 100 days = April 11: Feb, Mar and Apr renewals are due
        assertThat(processBilling(t).get("enqueued").asInt()).isEqualTo(3);
        List<JsonNode> events = expectEvents(t, "invoice.created", "payment.received", "invoice.created",
                "payment.received", "invoice.created", "payment.received");
        assertThat(events.get(4).get("periodStart").asText()).isEqualTo("2030-04-01T00:00:00.000Z");
    }

    @Test
    void immediateCancelEndsNowAndIsTerminal() {
        createCustomer(t, "quitter", "q@example.com");
        JsonNode sub = subscribe(t, "quitter", "pro");
        pay(t, sub, "4242424242424242");
        t.newEvents();
        String path = "/subscriptions/" + sub.get("id").asText();
        TestServer.Reply cancel = t.post(path + "/cancel", Map.of("immediate", true));
        assertThat(cancel.data().get("status").asText()).isEqualTo("canceled");
        JsonNode canceled = expectEvents(t, "subscription.canceled").get(0);
        assertThat(canceled.get("endDate").asText()).isEqualTo("2030-01-01T00:00:00.000Z");
        assertThat(t.post(path + "/cancel", Map.of()).status()).isEqualTo(409);
        TestServer.Reply change = t.post(path + "/change-plan", Map.of("newPlanId", "business"));
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.errorCode()).isEqualTo("subscription_not_changeable");
        assertThat(t.payJson(sub.get("checkoutUrl").asText(), "4242424242424242").status()).isEqualTo(409);
        expectEvents(t);
    }

    @Test
    void switchingToYearlyStartsAFreshPeriodAndCreditsTheUnusedMonth() {
        createCustomer(t, "saver", "s@example.com");
        JsonNode sub = subscribe(t, "saver", "pro");
        pay(t, sub, "4242424242424242");
        t.newEvents();
        TestServer.Reply change = t.post("/subscriptions/" + sub.get("id").asText() + "/change-plan",
                Map.of("newBillingInterval", "yearly"));
        assertThat(change.status()).as(change.json().toString()).isEqualTo(200);
        assertThat(change.data().at("/billing/credit").asLong()).isEqualTo(2900);
        assertThat(change.data().at("/billing/charge").asLong()).isEqualTo(29000);
        assertThat(change.data().at("/billing/totalCharged").asLong()).isEqualTo(26100);
        expectEvents(t, "invoice.created", "payment.received", "subscription.plan_changed");
        JsonNode after = subscription(t, sub.get("id").asText());
        assertThat(after.get("billingInterval").asText()).isEqualTo("yearly");
        assertThat(after.at("/currentPeriod/end").asText()).isEqualTo("2031-01-01T00:00:00.000Z");
    }

    @Test
    void aDowngradeChargesNothingAndSendsNoInvoice() {
        createCustomer(t, "down", "d@example.com");
        JsonNode sub = subscribe(t, "down", "business");
        pay(t, sub, "4242424242424242");
        t.newEvents();
        TestServer.Reply change = t.post("/subscriptions/" + sub.get("id").asText() + "/change-plan",
                Map.of("newPlanId", "starter"));
        assertThat(change.data().at("/billing/totalCharged").asLong()).isZero();
        assertThat(change.data().has("invoiceId")).isFalse();
        JsonNode changed = expectEvents(t, "subscription.plan_changed").get(0);
        assertThat(changed.get("credit").asLong()).isEqualTo(9900);
        assertThat(changed.get("charge").asLong()).isEqualTo(900);
    }
}
