package dev.billhook.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.TestServer;
import dev.billhook.server.billing.CatalogShape;
import dev.billhook.server.billing.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlansAndTestClockApiTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyOrganizationStartsWithTheSeededPlans() {
        Tenant t = Tenant.create(server);
        TestServer.Reply reply = t.get("/plans");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(codes(reply.data())).containsExactly("starter", "pro", "business");
        assertThat(codes(t.get("/plans?includePrivate=true").data())).containsExactly("starter", "pro", "business", "enterprise");
        for (JsonNode plan : reply.data()) assertThat(CatalogShape.restProblems("Plan", plan)).isEmpty();

        JsonNode pro = t.get("/plans/pro").data();
        assertThat(t.get("/plans/" + pro.get("id").asText()).data()).isEqualTo(pro);
        assertThat(pro.at("/prices/0/billingInterval").asText()).isEqualTo("monthly");
        assertThat(pro.at("/prices/0/price").asLong()).isEqualTo(2900);
        assertThat(pro.at("/prices/0/isDefault").asBoolean()).isTrue();
        Map<String, Boolean> features = new java.util.HashMap<>();
        pro.get("features").forEach(f -> features.put(f.get("code").asText(), f.get("enabled").asBoolean()));
        assertThat(features).containsEntry("api_access", true).containsEntry("sso", true).containsEntry("priority_support", false);
    }

    @Test
    void theTestClockFollowsTheWallClockUntilMoved() {
        Tenant t = Tenant.create(server);
        JsonNode clock = t.get("/test-clock").data();
        assertThat(CatalogShape.restProblems("TestClock", clock)).isEmpty();
        assertThat(clock.get("simulatedTime").isNull()).isTrue();
        assertThat(clock.get("isActive").asBoolean()).isFalse();

        JsonNode frozen = t.post("/test-clock", Map.of("frozenTime", "2031-06-01T12:00:00Z")).data();
        assertThat(frozen.get("simulatedTime").asText()).isEqualTo("2031-06-01T12:00:00.000Z");
        assertThat(frozen.get("isActive").asBoolean()).isTrue();
        JsonNode advanced = t.post("/test-clock", Map.of("advanceDays", 2)).data();
        assertThat(advanced.get("now").asText()).isEqualTo("2031-06-03T12:00:00.000Z");
        assertThat(t.get("/test-clock").data()).isEqualTo(advanced);
    }

    @Test
    void liveOrganizationsHaveNoTestClock() {
        var live = server.server().organizations().create("Live", "live");
        TestServer.Reply reply = server.call("GET", "/test-clock", null, live.apiKey());
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.errorCode()).isEqualTo("livemode");
        TestServer.Reply customer = server.call("POST", "/customers", "{\"email\":\"l@example.com\"}", live.apiKey());
        assertThat(customer.data().get("livemode").asBoolean()).isTrue();
    }

    @Test
    void featureAccessListsEveryKnownFeature() {
        Tenant t = Tenant.create(server);
        t.post("/customers", Map.of("email", "f@example.com", "externalId", "f1"));
        TestServer.Reply reply = t.get("/feature-access?customerId=f1");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(codes(reply.data())).containsExactlyInAnyOrder("api_access", "priority_support", "sso");
        for (JsonNode f : reply.data()) {
            assertThat(CatalogShape.restProblems("FeatureAccess", f)).isEmpty();
            assertThat(f.get("allowed").asBoolean()).isFalse();
        }
        JsonNode lookup = t.get("/feature-access/sso?customerId=f1").data();
        assertThat(CatalogShape.restProblems("FeatureLookup", lookup)).isEmpty();
        assertThat(lookup.has("willBeCharged")).isFalse();
    }

    private static List<String> codes(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.get("code").asText()));
        return codes;
    }
}
