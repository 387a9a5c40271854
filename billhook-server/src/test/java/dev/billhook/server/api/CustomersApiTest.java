package dev.billhook.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.TestServer;
import dev.billhook.server.billing.CatalogShape;
import dev.billhook.server.billing.Tenant;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomersApiTest {
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
    }

    @Test
    void createThenGetByIdOrExternalId() {
        TestServer.Reply created = t.post("/customers", Map.of("email", "ada@example.com", "externalId", "user_42",
                "fullName", "Ada Lovelace", "timezone", "Europe/London", "metadata", Map.of("tier", "gold"),
                "address", Map.of("line1", "1 Main St", "city", "London", "postalCode", "N1", "country", "GB")));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        JsonNode c = created.data();
        assertThat(CatalogShape.restProblems("Customer", c)).isEmpty();
        assertThat(c.get("id").asText()).startsWith("cus_");
        assertThat(c.get("object").asText()).isEqualTo("customer");
        assertThat(c.get("livemode").asBoolean()).isFalse();
        assertThat(c.at("/metadata/tier").asText()).isEqualTo("gold");
        assertThat(c.get("taxDocument").isNull()).isTrue();

        assertThat(t.get("/customers/" + c.get("id").asText()).data()).isEqualTo(c);
        assertThat(t.get("/customers/user_42").data()).isEqualTo(c);
        assertThat(t.get("/customers/nobody").status()).isEqualTo(404);
    }

    @Test
    void aCallerChosenIdIsKept() {
        TestServer.Reply created = t.post("/customers", Map.of("id", "cus_mine_" + System.nanoTime(), "email", "m@example.com"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.data().get("id").asText()).startsWith("cus_mine_");
        TestServer.Reply twice = t.post("/customers", Map.of("id", created.data().get("id").asText(), "email", "m@example.com"));
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void duplicateExternalIdIs409NamingTheField() {
        assertThat(t.post("/customers", Map.of("email", "a@example.com", "externalId", "dup")).status()).isEqualTo(201);
        TestServer.Reply again = t.post("/customers", Map.of("email", "b@example.com", "externalId", "dup"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("customer_exists");
        assertThat(again.json().at("/error/param").asText()).isEqualTo("externalId");
    }

    @Test
    void updateChangesOnlyTheFieldsGiven() {
        String id = t.post("/customers", Map.of("email", "old@example.com", "fullName", "Old Name")).data().get("id").asText();
        TestServer.Reply updated = t.put("/customers/" + id, Map.of("email", "new@example.com", "externalId", "ext_9"));
        assertThat(updated.status()).as(updated.json().toString()).isEqualTo(200);
        assertThat(updated.data().get("email").asText()).isEqualTo("new@example.com");
        assertThat(updated.data().get("fullName").asText()).isEqualTo("Old Name");
        assertThat(t.get("/customers/ext_9").data().get("id").asText()).isEqualTo(id);
        assertThat(t.put("/customers/" + id, Map.of("email", "nope")).status()).isEqualTo(400);
        assertThat(t.put("/customers/missing", Map.of("email", "x@example.com")).status()).isEqualTo(404);
    }

    @Test
    void listPagesWithCursorsAndFiltersByExternalId() {
        for (int i = 0; i < 5; i++) t.post("/customers", Map.of("email", "c" + i + "@example.com", "externalId", "p" + i));
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            TestServer.Reply page = t.get("/customers?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.data().forEach(c -> seen.add(c.get("id").asText()));
            boolean hasMore = page.json().get("hasMore").asBoolean();
            cursor = hasMore ? page.json().get("nextCursor").asText() : null;
            assertThat(page.json().has("nextCursor")).isEqualTo(hasMore);
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(5);
        assertThat(pages).isEqualTo(3);

        TestServer.Reply filtered = t.get("/customers?externalId=p3");
        assertThat(filtered.data()).hasSize(1);
        assertThat(filtered.data().get(0).get("externalId").asText()).isEqualTo("p3");
        assertThat(t.get("/customers").data()).hasSize(5);
    }

    @Test
    void idempotencyKeyReplayReturnsTheSameCustomer() {
        String body = "{\"email\":\"once@example.com\"}";
        String first = createWithKey(body, "idem-1").get("id").asText();
        String replay = createWithKey(body, "idem-1").get("id").asText();
        assertThat(replay).isEqualTo(first);
        assertThat(t.get("/customers").data()).hasSize(1);
    }

    private JsonNode createWithKey(String body, String key) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.server().apiUrl() + "/customers"))
                .header("x-api-key", t.apiKey()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        TestServer.Reply reply = server.send(request);
        assertThat(reply.status()).isEqualTo(201);
        return reply.data();
    }
}
