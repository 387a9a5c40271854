package dev.billhook.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.TestServer;
import dev.billhook.server.billing.Tenant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One organization never sees or touches another's customers, subscriptions, plans or clock. */
class BillingIsolationTest {
    static TestServer server;
    static Tenant owner;
    static Tenant other;
    static String customerId;
    static JsonNode subscription;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        owner = Tenant.create(server);
        other = Tenant.create(server);
        customerId = owner.post("/customers", Map.of("email", "mine@example.com", "externalId", "shared_ext")).data()
                .get("id").asText();
        subscription = owner.post("/subscriptions", Map.of("customerId", customerId, "planCode", "pro")).data();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void customersAreInvisibleToOtherOrganizations() {
        assertThat(other.get("/customers/" + customerId).status()).isEqualTo(404);
        assertThat(other.get("/customers/shared_ext").status()).isEqualTo(404);
        assertThat(other.put("/customers/" + customerId, Map.of("fullName", "Hijacked")).status()).isEqualTo(404);
        assertThat(other.get("/customers").data()).isEmpty();
        assertThat(other.get("/customers?externalId=shared_ext").data()).isEmpty();
        assertThat(other.get("/customers?cursor=" + customerId).status()).isEqualTo(400);
        assertThat(owner.get("/customers/" + customerId).data().get("fullName").isNull()).isTrue();
    }

    @Test
    void externalIdsAreUniquePerOrganizationOnly() {
        assertThat(other.post("/customers", Map.of("email", "theirs@example.com", "externalId", "shared_ext")).status())
                .isEqualTo(201);
    }

    @Test
    void subscriptionsAreInvisibleToOtherOrganizations() {
        String id = subscription.get("id").asText();
        assertThat(other.get("/subscriptions/" + id).status()).isEqualTo(404);
        assertThat(other.post("/subscriptions/" + id + "/cancel", Map.of("immediate", true)).status()).isEqualTo(404);
        assertThat(other.post("/subscriptions/" + id + "/change-plan", Map.of("newPlanId", "business")).status()).isEqualTo(404);
        assertThat(other.get("/subscriptions").data()).isEmpty();
        assertThat(other.get("/subscriptions?customerId=" + customerId).status()).isEqualTo(404);
        assertThat(other.get("/subscriptions/active?customerId=" + customerId).status()).isEqualTo(404);
        assertThat(other.post("/subscriptions", Map.of("customerId", customerId, "planCode", "pro")).status()).isEqualTo(404);
        assertThat(other.get("/feature-access/sso?customerId=" + customerId).status()).isEqualTo(404);
        assertThat(owner.get("/subscriptions/" + id).data().get("status").asText()).isEqualTo("pending_payment");
    }

    @Test
    void plansAndTestClocksAreEachOrganizationsOwn() {
        String ownersPro = owner.get("/plans/pro").data().get("id").asText();
        assertThat(other.get("/plans/" + ownersPro).status()).isEqualTo(404);
        assertThat(other.get("/plans/pro").data().get("id").asText()).isNotEqualTo(ownersPro);
        other.post("/test-clock", Map.of("advanceDays", 30));
        assertThat(other.get("/test-clock").data().get("isActive").asBoolean()).isTrue();
        assertThat(owner.get("/test-clock").data().get("isActive").asBoolean()).isFalse();
    }
}
