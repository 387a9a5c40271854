package dev.billhook.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.TestServer;
import java.util.List;
import java.util.Map;

/** Steps the billing tests share, each one asserting that the call itself succeeded. */
final class BillingTestSupport {
    private BillingTestSupport() {}

    static String createCustomer(Tenant t, String externalId, String email) {
        TestServer.Reply reply = t.post("/customers", Map.of("externalId", externalId, "email", email));
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
        return reply.data().get("id").asText();
    }

    static JsonNode subscribe(Tenant t, String customerRef, String planCode) {
        TestServer.Reply reply = t.post("/subscriptions", Map.of("customerId", customerRef, "planCode", planCode));
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
        return reply.data();
    }

    static void freeze(Tenant t, String iso) {
        TestServer.Reply reply = t.post("/test-clock", Map.of("frozenTime", iso));
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
    }

    static void advanceDays(Tenant t, int days) {
        TestServer.Reply reply = t.post("/test-clock", Map.of("advanceDays", days));
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
    }

    static JsonNode processBilling(Tenant t) {
        TestServer.Reply reply = t.post("/test-clock/process-billing", Map.of());
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
        return reply.data();
    }

    static void pay(Tenant t, JsonNode subscription, String card) {
        Tenant.Page page = t.payJson(subscription.get("checkoutUrl").asText(), card);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
    }

    static JsonNode subscription(Tenant t, String id) {
        TestServer.Reply reply = t.get("/subscriptions/" + id);
        assertThat(reply.status()).isEqualTo(200);
        return reply.data();
    }

    static JsonNode canUse(Tenant t, String customerRef, String feature) {
        TestServer.Reply reply = t.get("/feature-access/" + feature + "?customerId=" + customerRef + "&action=canUse");
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
        return reply.data();
    }

    /** The new events, asserted to be exactly {@code types} in order and each conforming to the catalog. */
    static List<JsonNode> expectEvents(Tenant t, String... types) {
        List<JsonNode> events = t.newEvents();
        assertThat(Tenant.types(events)).containsExactly(types);
        for (JsonNode event : events) {
            assertThat(CatalogShape.eventProblems(event.get("event").asText(), event.get("data"))).isEmpty();
            assertThat(event.get("organizationId").asText()).isEqualTo(t.organizationId());
        }
        return events.stream().map(e -> e.get("data")).toList();
    }
}
