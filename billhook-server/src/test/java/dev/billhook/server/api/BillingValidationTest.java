package dev.billhook.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.server.TestServer;
import dev.billhook.server.billing.Tenant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad requests to the billing resources: each a precise 4xx in the error envelope, never a 500. */
class BillingValidationTest {
    static TestServer server;
    Tenant t;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void tenant() {
        t = Tenant.create(server);
        t.post("/customers", Map.of("email", "v@example.com", "externalId", "v1"));
    }

    @Test
    void malformedJsonIs400InvalidJson() {
        TestServer.Reply reply = server.call("POST", "/customers", "{\"email\":", t.apiKey());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("invalid_json");
        assertThat(reply.json().get("success").asBoolean()).isFalse();
    }

    @Test
    void wrongTypesNameTheField() {
        expectInvalid(server.call("POST", "/customers", "{\"email\": 5}", t.apiKey()), "email", "must be a string");
        expectInvalid(server.call("POST", "/customers", "{\"email\":\"a@b.co\",\"metadata\":[1]}", t.apiKey()),
                "metadata", "must be an object");
        expectInvalid(server.call("POST", "/subscriptions/x/cancel", "{\"immediate\":\"yes\"}", t.apiKey()),
                "immediate", "must be true or false");
        expectInvalid(server.call("POST", "/test-clock", "{\"advanceDays\":1.5}", t.apiKey()),
                "advanceDays", "must be a whole number");
    }

    @Test
    void missingOrInvalidFieldsAre400() {
        expectInvalid(t.post("/customers", Map.of("fullName", "No Email")), "email", "is required");
        expectInvalid(t.post("/customers", Map.of("email", "not-an-email")), "email", "valid email");
        expectInvalid(t.post("/customers", Map.of("email", "a@b.co", "timezone", "Mars/Olympus")), "timezone", "time zone");
        expectInvalid(t.post("/customers", Map.of("email", "a@b.co", "address", Map.of("line1", "x"))), "address.city", "required");
        expectInvalid(t.post("/subscriptions", Map.of("planCode", "pro")), "customerId", "is required");
        expectInvalid(t.post("/subscriptions", Map.of("customerId", "v1")), "planId", "planCode");
        expectInvalid(t.post("/subscriptions", Map.of("customerId", "v1", "planCode", "pro", "billingInterval", "daily")),
                "billingInterval", "one of");
        expectInvalid(t.post("/subscriptions", Map.of("customerId", "v1", "planCode", "pro", "billingInterval", "weekly")),
                "billingInterval", "not offered");
        expectInvalid(t.post("/test-clock", Map.of()), "advanceDays", "frozenTime");
        expectInvalid(t.post("/test-clock", Map.of("frozenTime", "tomorrow")), "frozenTime", "ISO-8601");
        expectInvalid(t.post("/test-clock", Map.of("frozenTime", "2001-01-01T00:00:00Z")), "frozenTime", "earlier");
    }

    @Test
    void badQueryParametersAre400() {
        expectInvalid(t.get("/customers?limit=0"), "limit", "between 1 and 100");
        expectInvalid(t.get("/customers?limit=101"), "limit", "between 1 and 100");
        expectInvalid(t.get("/customers?limit=ten"), "limit", "whole number");
        expectInvalid(t.get("/customers?cursor=cus_forged"), "cursor", "cursor");
        expectInvalid(t.get("/subscriptions?status=sleeping"), "status", "one of");
        expectInvalid(t.get("/plans?includePrivate=yes"), "includePrivate", "'true' or 'false'");
        expectInvalid(t.get("/subscriptions/active"), "customerId", "is required");
        expectInvalid(t.get("/feature-access"), "customerId", "is required");
        expectInvalid(t.get("/feature-access/sso?customerId=v1&action=consume"), "action", "canUse");
    }

    @Test
    void unknownReferencesAre404NamingTheParameter() {
        expectNotFound(t.post("/subscriptions", Map.of("customerId", "ghost", "planCode", "pro")), "customerId");
        expectNotFound(t.post("/subscriptions", Map.of("customerId", "v1", "planCode", "platinum")), "planCode");
        expectNotFound(t.post("/subscriptions", Map.of("customerId", "v1", "planId", "plan_nope")), "planId");
        expectNotFound(t.get("/subscriptions/sub_nope"), "id");
        expectNotFound(t.get("/subscriptions/active?customerId=ghost"), "customerId");
        expectNotFound(t.get("/plans/platinum"), "id");
        expectNotFound(t.get("/feature-access/teleport?customerId=v1"), "code");
        expectNotFound(t.get("/feature-access?customerId=ghost"), "customerId");
        expectNotFound(t.post("/subscriptions/sub_nope/change-plan", Map.of("newPlanId", "pro")), "id");
    }

    @Test
    void changePlanNeedsSomethingToChangeAndAKnownPlan() {
        String sub = t.post("/subscriptions", Map.of("customerId", "v1", "planCode", "pro")).data().get("id").asText();
        expectInvalid(t.post("/subscriptions/" + sub + "/change-plan", Map.of()), "newPlanId", "newBillingInterval");
        TestServer.Reply unpaid = t.post("/subscriptions/" + sub + "/change-plan", Map.of("newPlanId", "business"));
        assertThat(unpaid.status()).isEqualTo(409);
        assertThat(unpaid.json().at("/error/message").asText()).contains("first payment");
        TestServer.Reply second = t.post("/subscriptions", Map.of("customerId", "v1", "planCode", "starter"));
        assertThat(second.status()).as("a second pending subscription is allowed").isEqualTo(201);
    }

    private static void expectInvalid(TestServer.Reply reply, String field, String messagePart) {
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("validation_error");
        assertThat(reply.json().at("/error/param").asText()).isEqualTo(field);
        assertThat(reply.json().at("/error/details/0/field").asText()).isEqualTo(field);
        assertThat(reply.json().at("/error/details/0/message").asText()).contains(messagePart);
    }

    private static void expectNotFound(TestServer.Reply reply, String param) {
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("not_found");
        assertThat(reply.json().at("/error/param").asText()).isEqualTo(param);
    }
}
