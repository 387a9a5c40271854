package dev.billhook.server.billing;

import static dev.billhook.server.billing.BillingTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Declined renewals: payment.failed, the past-due grace window, retries, exhaustion and recovery. */
class DunningTest extends TenantScenario {
    static final String DECLINES_RENEWALS = "4000000000000341";

    @Test
    void threeDeclinedRenewalChargesCancelWithDunningExhausted() {
        createCustomer(t, "card_341", "grace@example.com");
        JsonNode sub = subscribe(t, "card_341", "pro");
        pay(t, sub, DECLINES_RENEWALS);
        t.newEvents();
        String checkoutUrl = sub.get("checkoutUrl").asText();

        advanceDays(t, 31);
        JsonNode first = processBilling(t);
        assertThat(first.get("enqueued").asInt()).isEqualTo(1);
        assertThat(first.get("failed").asInt()).isEqualTo(1);
        List<JsonNode> events = expectEvents(t, "invoice.created", "payment.failed");
        JsonNode failed = events.get(1);
        assertThat(failed.get("failureCode").asText()).isEqualTo("card_declined");
        assertThat(failed.get("failureMessage").asText()).isNotBlank();
        assertThat(failed.get("recoveryUrl").asText()).isEqualTo(checkoutUrl);
        assertThat(failed.get("invoiceId").asText()).isEqualTo(events.get(0).get("invoiceId").asText());

        // Past due still grants access, and the subscription shows where to pay.
        JsonNode active = t.get("/subscriptions/active?customerId=card_341").data();
        assertThat(active.get("status").asText()).isEqualTo("past_due");
        assertThat(active.get("checkoutUrl").asText()).isEqualTo(checkoutUrl);
        assertThat(canUse(t, "card_341", "sso").get("allowed").asBoolean()).isTrue();

        JsonNode second = processBilling(t);
        assertThat(second.get("dunningRetried").asInt()).isEqualTo(1);
        assertThat(second.get("dunningFailed").asInt()).isEqualTo(1);
        assertThat(second.get("enqueued").asInt()).isZero();
        expectEvents(t, "payment.failed");

        processBilling(t);
        List<JsonNode> last = expectEvents(t, "payment.failed", "subscription.canceled");
        assertThat(last.get(1).get("cancelReason").asText()).isEqualTo("dunning_exhausted");
        assertThat(last.get(1).get("status").asText()).isEqualTo("canceled");
        assertThat(subscription(t, sub.get("id").asText()).get("status").asText()).isEqualTo("canceled");
        assertThat(canUse(t, "card_341", "sso").get("allowed").asBoolean()).isFalse();

        processBilling(t);
        expectEvents(t);
    }

    @Test
    void payingTheRecoveryUrlSettlesTheInvoiceAndReplacesTheCard() {
        createCustomer(t, "recovers", "r@example.com");
        JsonNode sub = subscribe(t, "recovers", "starter");
        pay(t, sub, DECLINES_RENEWALS);
        advanceDays(t, 31);
        processBilling(t);
        String invoiceId = t.newEvents().stream().filter(e -> e.get("event").asText().equals("payment.failed"))
                .findFirst().orElseThrow().at("/data/invoiceId").asText();

        Tenant.Page page = t.checkout("GET", sub.get("checkoutUrl").asText(), null, null);
        assertThat(page.body()).contains("Settle your Starter invoice", "$9.00");
        pay(t, sub, "4242424242424242");
        JsonNode received = expectEvents(t, "payment.received").get(0);
        assertThat(received.get("invoiceId").asText()).isEqualTo(invoiceId);
        assertThat(subscription(t, sub.get("id").asText()).get("status").asText()).isEqualTo("active");

        advanceDays(t, 31);
        assertThat(processBilling(t).get("failed").asInt()).isZero();
        expectEvents(t, "invoice.created", "payment.received");
    }

    @Test
    void aDeclineAtCheckoutChangesNothingAndCanBeRetried() {
        createCustomer(t, "declined", "d@example.com");
        JsonNode sub = subscribe(t, "declined", "starter");
        t.newEvents();
        String url = sub.get("checkoutUrl").asText();

        Tenant.Page declined = t.payJson(url, "4000000000000002");
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.json().at("/error/code").asText()).isEqualTo("card_declined");
        expectEvents(t);
        assertThat(subscription(t, sub.get("id").asText()).get("status").asText()).isEqualTo("pending_payment");

        Tenant.Page htmlDecline = t.checkout("POST", url, "application/x-www-form-urlencoded", "card=4000000000000002");
        assertThat(htmlDecline.status()).isEqualTo(402);
        assertThat(htmlDecline.body()).contains("declined", "<form");

        Tenant.Page paid = t.checkout("POST", url, "application/x-www-form-urlencoded", "card=4242+4242+4242+4242");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.contentType()).startsWith("text/html");
        assertThat(paid.body()).contains("Payment received", "INV-000001");
        expectEvents(t, "invoice.created", "payment.received", "subscription.activated");
    }

    @Test
    void checkoutRefusesBadCardsUnknownTokensAndSecondPayments() {
        createCustomer(t, "edge", "e@example.com");
        JsonNode sub = subscribe(t, "edge", "starter");
        String url = sub.get("checkoutUrl").asText();
        Tenant.Page badCard = t.payJson(url, "1234");
        assertThat(badCard.status()).isEqualTo(400);
        assertThat(badCard.json().at("/error/param").asText()).isEqualTo("card");
        assertThat(t.payJson(url, "4242424242424241").status()).isEqualTo(400); // fails the Luhn check
        assertThat(t.checkout("POST", url, "application/json", "{not json").status()).isEqualTo(400);

        String unknown = server.server().baseUrl() + "/checkout/chk_doesNotExist";
        assertThat(t.payJson(unknown, "4242424242424242").status()).isEqualTo(404);
        assertThat(t.checkout("GET", unknown, null, null).status()).isEqualTo(404);
        assertThat(t.checkout("DELETE", url, null, null).status()).isEqualTo(405);

        pay(t, sub, "4242424242424242");
        Tenant.Page again = t.payJson(url, "4242424242424242");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/error/code").asText()).isEqualTo("already_paid");
    }

    @Test
    void aDeclinedPlanChangeChargeChangesNothing() {
        createCustomer(t, "upgrader", "u@example.com");
        JsonNode sub = subscribe(t, "upgrader", "starter");
        pay(t, sub, DECLINES_RENEWALS);
        t.newEvents();
        TestServer.Reply change = t.post("/subscriptions/" + sub.get("id").asText() + "/change-plan",
                java.util.Map.of("newPlanId", "business"));
        assertThat(change.status()).isEqualTo(402);
        assertThat(change.errorCode()).isEqualTo("card_declined");
        expectEvents(t);
        assertThat(subscription(t, sub.get("id").asText()).at("/plan/name").asText()).isEqualTo("Starter");
    }
}
