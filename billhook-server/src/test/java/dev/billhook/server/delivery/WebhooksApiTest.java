package dev.billhook.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.TestServer;
import dev.billhook.server.account.Organizations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/webhooks} on the real server (dev mode), shapes per the catalog's WebhookEndpoint. */
class WebhooksApiTest {
    static TestServer server;
    static TestReceiver receiver;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        receiver = TestReceiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.close();
        server.close();
    }

    static TestServer.Reply create(Object body) {
        return server.post("/webhooks", body);
    }

    static JsonNode created(String... events) {
        TestServer.Reply reply = create(Map.of("url", receiver.url(), "events", List.of(events)));
        assertThat(reply.status()).isEqualTo(201);
        return reply.data();
    }

    @Test
    void createAnswersTheCatalogShapeWithTheSecretOnce() {
        TestServer.Reply reply = create(Map.of("url", receiver.url(), "events",
                List.of("subscription.created", "payment.received", "subscription.created"),
                "description", "billing hooks", "apiVersion", "2026-07-11"));
        assertThat(reply.status()).isEqualTo(201);
        JsonNode data = reply.data();
        assertThat(fieldNames(data)).containsExactlyInAnyOrder("id", "object", "livemode", "url", "events",
                "description", "isActive", "apiVersion", "createdAt", "secretKey");
        assertThat(data.get("id").asText()).startsWith("whep_");
        assertThat(data.get("object").asText()).isEqualTo("webhook");
        assertThat(data.get("livemode").asBoolean()).isFalse();
        assertThat(data.get("url").asText()).isEqualTo(receiver.url());
        assertThat(data.get("events")).extracting(JsonNode::asText).containsExactly("subscription.created", "payment.received");
        assertThat(data.get("description").asText()).isEqualTo("billing hooks");
        assertThat(data.get("isActive").asBoolean()).isTrue();
        assertThat(data.get("apiVersion").asText()).isEqualTo("2026-07-11");
        assertThat(Instant.parse(data.get("createdAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(data.get("createdAt").asText()).isEqualTo(IsoTime.format(Instant.parse(data.get("createdAt").asText())));
        assertThat(data.get("secretKey").asText()).startsWith("whsec_").hasSize(6 + 44);

        String id = data.get("id").asText();
        JsonNode fetched = server.get("/webhooks/" + id).data();
        assertThat(fetched.has("secretKey")).isFalse();
        assertThat(fetched.toString()).doesNotContain(data.get("secretKey").asText());
        JsonNode list = server.get("/webhooks?limit=100").json();
        assertThat(list.toString()).contains(id).doesNotContain("secretKey").doesNotContain(data.get("secretKey").asText());
    }

    @Test
    void optionalFieldsAreNullWhenAbsent() {
        JsonNode data = created("invoice.created");
        assertThat(data.get("description").isNull()).isTrue();
        assertThat(data.get("apiVersion").isNull()).isTrue();
    }

    @Test
    void createRefusesBadInputPrecisely() {
        assertInvalid(Map.of("events", List.of("invoice.created")), "url", "is required");
        assertInvalid(Map.of("url", "ftp://example.com/x", "events", List.of("invoice.created")), "url", "http or https");
        assertInvalid(Map.of("url", "/relative", "events", List.of("invoice.created")), "url", "absolute");
        assertInvalid(Map.of("url", "not a url", "events", List.of("invoice.created")), "url", "not a valid URL");
        assertInvalid(Map.of("url", "https://user:pw@example.com/", "events", List.of("invoice.created")), "url", "credentials");
        assertInvalid(Map.of("url", receiver.url()), "events", "is required");
        assertInvalid(Map.of("url", receiver.url(), "events", List.of()), "events", "at least one");
        assertInvalid(Map.of("url", receiver.url(), "events", List.of("invoice.exploded")), "events", "invoice.exploded");
        assertInvalid(Map.of("url", receiver.url(), "events", "invoice.created"), "events", "array");
        assertInvalid(Map.of("url", receiver.url(), "events", List.of("invoice.created"), "apiVersion", "v2"),
                "apiVersion", "YYYY-MM-DD");
    }

    static void assertInvalid(Object body, String field, String messagePart) {
        TestServer.Reply reply = create(body);
        assertThat(reply.status()).as(body.toString()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("validation_error");
        assertThat(reply.json().at("/error/param").asText()).isEqualTo(field);
        assertThat(reply.json().at("/error/message").asText()).contains(messagePart);
    }

    @Test
    void updateChangesOnlyWhatItNamesAndNullClearsTheDescription() {
        JsonNode data = created("invoice.created");
        String id = data.get("id").asText();
        JsonNode updated = server.put("/webhooks/" + id, Map.of("events", List.of("payment.failed"),
                "description", "new", "apiVersion", "2026-01-01")).data();
        assertThat(updated.get("events")).extracting(JsonNode::asText).containsExactly("payment.failed");
        assertThat(updated.get("description").asText()).isEqualTo("new");
        assertThat(updated.get("url").asText()).isEqualTo(receiver.url());
        assertThat(updated.get("createdAt").asText()).isEqualTo(data.get("createdAt").asText());

        TestServer.Reply cleared = server.call("PUT", "/webhooks/" + id, "{\"description\":null}", server.apiKey());
        assertThat(cleared.data().get("description").isNull()).isTrue();
        assertThat(cleared.data().get("apiVersion").asText()).isEqualTo("2026-01-01");
        assertThat(server.put("/webhooks/" + id, Map.of("isActive", false)).data().get("isActive").asBoolean()).isFalse();
        assertThat(server.get("/webhooks/" + id).data().get("isActive").asBoolean()).isFalse();

        assertThat(server.put("/webhooks/" + id, Map.of("url", "gopher://x")).status()).isEqualTo(400);
        assertThat(server.put("/webhooks/" + id, Map.of("events", List.of("nope"))).status()).isEqualTo(400);
        assertThat(server.put("/webhooks/" + id, Map.of("isActive", "yes")).status()).isEqualTo(400);
    }

    @Test
    void deleteAnswersIdAndDeletedThenTheEndpointIsGone() {
        String id = created("invoice.created").get("id").asText();
        TestServer.Reply deleted = server.delete("/webhooks/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.data().get("id").asText()).isEqualTo(id);
        assertThat(deleted.data().get("deleted").asBoolean()).isTrue();
        assertThat(server.get("/webhooks/" + id).status()).isEqualTo(404);
        assertThat(server.delete("/webhooks/" + id).status()).isEqualTo(404);
    }

    @Test
    void anotherOrganizationSeesNoneOfIt() {
        String id = created("invoice.created").get("id").asText();
        Organizations.Provisioned other = server.server().organizations().create("Other", "live");
        String key = other.apiKey();
        assertThat(server.call("GET", "/webhooks/" + id, null, key).status()).isEqualTo(404);
        assertThat(server.call("GET", "/webhooks/" + id, null, key).errorCode()).isEqualTo("not_found");
        assertThat(server.call("PUT", "/webhooks/" + id, "{\"isActive\":false}", key).status()).isEqualTo(404);
        assertThat(server.call("POST", "/webhooks/" + id + "/test", null, key).status()).isEqualTo(404);
        assertThat(server.call("DELETE", "/webhooks/" + id, null, key).status()).isEqualTo(404);
        assertThat(server.call("GET", "/webhooks", null, key).data()).isEmpty();
        assertThat(server.get("/webhooks/" + id).data().get("isActive").asBoolean()).isTrue();

        // The live organization's endpoints say so.
        TestServer.Reply live = server.call("POST", "/webhooks",
                "{\"url\":\"" + receiver.url() + "\",\"events\":[\"invoice.created\"]}", key);
        assertThat(live.data().get("livemode").asBoolean()).isTrue();
    }

    @Test
    void listPagesWithLimitAndCursor() {
        Organizations.Provisioned org = server.server().organizations().create("Pager", "sandbox");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(server.call("POST", "/webhooks", "{\"url\":\"" + receiver.url() + "\",\"events\":[\"invoice.created\"]}",
                    org.apiKey()).data().get("id").asText());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            TestServer.Reply page = server.call("GET", "/webhooks?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    null, org.apiKey());
            page.data().forEach(e -> seen.add(e.get("id").asText()));
            cursor = page.json().path("nextCursor").asText(null);
            assertThat(page.json().get("hasMore").asBoolean()).isEqualTo(cursor != null);
            pages++;
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(ids);
        assertThat(pages).isEqualTo(3);
        assertThat(server.call("GET", "/webhooks?cursor=whep_nope", null, org.apiKey()).status()).isEqualTo(400);
        assertThat(server.call("GET", "/webhooks?limit=0", null, org.apiKey()).status()).isEqualTo(400);
    }

    @Test
    void testSendDeliversASignedTestEventAndAnswersTheCatalogShape() {
        JsonNode endpoint = created("invoice.created");
        String id = endpoint.get("id").asText();
        int before = receiver.received().size();
        TestServer.Reply reply = server.post("/webhooks/" + id + "/test", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.data();
        assertThat(fieldNames(data)).containsExactlyInAnyOrder("success", "deliveryId", "deliveredAt");
        assertThat(data.get("success").asBoolean()).isTrue();
        assertThat(data.get("deliveryId").asText()).startsWith("whdl_");
        assertThat(Instant.parse(data.get("deliveredAt").asText())).isBeforeOrEqualTo(Instant.now());
        // Synchronous: the request has arrived by the time the API answers.
        assertThat(receiver.received()).hasSize(before + 1);
        TestReceiver.Received request = receiver.received().get(before);
        assertThat(request.header("X-Commet-Event")).isEqualTo(EventTypes.TEST);
        assertThat(request.header("X-Commet-Signature"))
                .isEqualTo(Signatures.commet(request.body(), endpoint.get("secretKey").asText()));
        assertThat(request.header("webhook-signature")).isEqualTo(Signatures.standard(request.header("webhook-id"),
                request.header("webhook-timestamp"), request.body(), endpoint.get("secretKey").asText()));
        assertThat(request.bodyText()).contains("\"webhookId\":\"" + id + "\"");
    }

    @Test
    void testSendToAFailingEndpointAnswersSuccessFalseWithoutRetrying() {
        TestReceiver failing = TestReceiver.start().always(TestReceiver.Reply.status(500));
        try {
            TestServer.Reply made = create(Map.of("url", failing.url(), "events", List.of("invoice.created")));
            TestServer.Reply reply = server.post("/webhooks/" + made.data().get("id").asText() + "/test", null);
            assertThat(reply.data().get("success").asBoolean()).isFalse();
            assertThat(reply.data().get("deliveryId").asText()).startsWith("whdl_");
            assertThat(reply.data().get("deliveredAt").asText()).isNotBlank();
            assertThat(failing.received()).hasSize(1);
        } finally {
            failing.close();
        }
    }

    @Test
    void testSendToAnUnknownEndpointIs404() {
        assertThat(server.post("/webhooks/whep_missing/test", null).status()).isEqualTo(404);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
