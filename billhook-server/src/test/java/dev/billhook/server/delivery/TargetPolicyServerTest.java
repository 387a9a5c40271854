package dev.billhook.server.delivery;

import static dev.billhook.server.delivery.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.server.TestServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Outside dev mode, webhooks never reach loopback or private networks: refused when the endpoint
 * is saved, and again at each attempt after a fresh lookup. No traffic goes to private addresses.
 */
class TargetPolicyServerTest {

    @Test
    void nonDevModeRefusesPrivateTargetsAtCreation() {
        try (TestServer server = TestServer.start(b -> b.dev(false))) {
            for (String url : List.of("http://127.0.0.1:9/hook", "http://10.0.0.1/", "http://[::1]/", "http://localhost/",
                    "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/latest/meta-data", "http://[fd00::1]/",
                    "http://192.168.1.20/", "http://0.0.0.0/", "http://[fe80::1]/", "http://224.0.0.1/",
                    "http://app.localhost/")) {
                TestServer.Reply reply = server.post("/webhooks", Map.of("url", url, "events", List.of("invoice.created")));
                assertThat(reply.status()).as(url).isEqualTo(400);
                assertThat(reply.json().at("/error/param").asText()).isEqualTo("url");
                assertThat(reply.json().at("/error/message").asText()).as(url).containsAnyOf("publicly reachable", "localhost");
            }
            TestServer.Reply update = server.post("/webhooks",
                    Map.of("url", "https://93.184.216.34/hook", "events", List.of("invoice.created")));
            assertThat(update.status()).as("a public literal needs no DNS and is accepted").isEqualTo(201);
            String id = update.data().get("id").asText();
            assertThat(server.put("/webhooks/" + id, Map.of("url", "http://10.1.2.3/")).status()).isEqualTo(400);
        }
    }

    @Test
    void devModeAllowsLoopback() {
        try (TestServer server = TestServer.start()) {
            TestServer.Reply reply = server.post("/webhooks",
                    Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("invoice.created")));
            assertThat(reply.status()).isEqualTo(201);
        }
    }

    @Test
    void anAttemptToALoopbackRowIsRefusedAndRecordedAsFailed() {
        try (DeliveryHarness harness = DeliveryHarness.start(b -> b.dev(false));
             TestReceiver receiver = TestReceiver.start()) {
            harness.insertEndpoint(receiver.url(), "whsec_dGVzdA==", "invoice.created");
            String eventId = harness.publish("invoice.created", Map.of("invoiceId", "inv_1"));
            assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("failed"));
            assertThat(receiver.received()).isEmpty();
            assertThat(harness.query("SELECT error, response_status FROM webhook_attempts", r -> r.getString(1) + "|" + r.getObject(2)))
                    .hasSize(8).allSatisfy(row -> assertThat(row).startsWith("target refused: url must be publicly reachable")
                            .contains("127.0.0.1").contains("loopback").endsWith("|null"));
        }
    }

    @Test
    void aNameThatLaterResolvesToLoopbackIsRefusedAtTheAttempt() {
        AtomicReference<String> answer = new AtomicReference<>("93.184.216.34");
        Map<String, java.util.function.Supplier<String>> dns = new HashMap<>();
        dns.put("hooks.example.test", answer::get);
        try (DeliveryHarness harness = DeliveryHarness.start(b -> b.dev(false), DeliveryHarness.fakeDns(dns))) {
            String id = harness.createEndpoint("http://hooks.example.test/hook", "invoice.created").get("id").asText();
            answer.set("127.0.0.1");
            String eventId = harness.publish("invoice.created", Map.of("invoiceId", "inv_1"));
            assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("failed"));
            assertThat(harness.query("SELECT last_error FROM webhook_deliveries WHERE event_id = ?", r -> r.getString(1), eventId)
                    .get(0)).contains("hooks.example.test").contains("resolves to 127.0.0.1").contains("loopback");
            assertThat(id).startsWith("whep_");
        }
    }
}
