package dev.billhook.server.delivery;

import static dev.billhook.server.delivery.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.api.Json;
import dev.billhook.server.delivery.TestReceiver.Received;
import dev.billhook.server.delivery.TestReceiver.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker path end to end: outbox commit → claim → signed POST → recorded attempt → retries. */
class DeliveryEngineTest {
    private static final Map<String, Object> DATA = Map.of("customerId", "cus_1", "email", "a@example.com");

    DeliveryHarness harness;
    TestReceiver receiver;

    @BeforeEach
    void start() {
        harness = DeliveryHarness.start(b -> b);
        receiver = TestReceiver.start();
    }

    @AfterEach
    void stop() {
        receiver.close();
        harness.close();
    }

    @Test
    void publishedEventArrivesWithAllHeadersAndBothSignaturesVerify() {
        JsonNode endpoint = harness.createEndpoint(receiver.url(), "customer.created");
        String secret = endpoint.get("secretKey").asText();
        long before = Instant.now().getEpochSecond();
        String eventId = harness.publish("customer.created", DATA);

        Received request = receiver.awaitRequest(1);
        String stored = harness.query("SELECT payload FROM webhook_events WHERE id = ?", r -> r.getString(1), eventId).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.body()).isEqualTo(stored.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode body = Json.tree(request.bodyText());
        assertThat(body.get("id").asText()).isEqualTo(eventId);
        assertThat(body.get("event").asText()).isEqualTo("customer.created");
        assertThat(body.get("organizationId").asText()).isEqualTo(harness.org.id());
        assertThat(body.get("mode").asText()).isEqualTo("sandbox");
        assertThat(body.at("/data/customerId").asText()).isEqualTo("cus_1");

        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("User-Agent")).isEqualTo("Billhook/0.1");
        assertThat(request.header("X-Commet-Event")).isEqualTo("customer.created");
        assertThat(request.header("X-Commet-Event-Id")).isEqualTo(eventId);
        assertThat(request.header("X-Commet-Timestamp")).isEqualTo(body.get("timestamp").asText())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(request.header("X-Commet-Signature")).isEqualTo(Signatures.commet(request.body(), secret)).hasSize(64);
        assertThat(request.header("webhook-id")).isEqualTo(eventId);
        long sentAt = Long.parseLong(request.header("webhook-timestamp"));
        assertThat(sentAt).isBetween(before, Instant.now().getEpochSecond());
        assertThat(request.header("webhook-signature"))
                .isEqualTo(Signatures.standard(eventId, request.header("webhook-timestamp"), request.body(), secret));

        assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("delivered"));
        List<Object[]> attempts = harness.query("SELECT a.attempt_number, a.response_status, a.error, a.response_body,"
                        + " a.duration_millis FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id"
                        + " WHERE d.event_id = ?",
                r -> new Object[] {r.getInt(1), r.getObject(2), r.getString(3), r.getString(4), r.getLong(5)}, eventId);
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0)[0]).isEqualTo(1);
        assertThat(((Number) attempts.get(0)[1]).intValue()).isEqualTo(200);
        assertThat(attempts.get(0)[2]).isNull();
        assertThat(attempts.get(0)[3]).isEqualTo("{\"received\":true}");
    }

    @Test
    void eventsGoOnlyToEndpointsSubscribedToTheirType() {
        TestReceiver other = TestReceiver.start();
        try {
            harness.createEndpoint(receiver.url(), "customer.created");
            harness.createEndpoint(other.url(), "invoice.created");
            String eventId = harness.publish("invoice.created", DATA);
            assertThat(other.awaitRequest(1).header("X-Commet-Event-Id")).isEqualTo(eventId);
            assertThat(harness.query("SELECT COUNT(*) FROM webhook_deliveries WHERE event_id = ?", r -> r.getInt(1), eventId))
                    .containsExactly(1);
            assertThat(receiver.received()).isEmpty();
        } finally {
            other.close();
        }
    }

    @Test
    void failedAttemptsAreRetriedWithTheSameIdAndIdenticalBytesUntilSuccess() {
        harness.createEndpoint(receiver.url(), "customer.created");
        receiver.enqueue(Reply.status(500), Reply.status(500), Reply.status(503));
        String eventId = harness.publish("customer.created", DATA);

        Received fourth = receiver.awaitRequest(4);
        assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("delivered"));
        List<Received> all = receiver.received();
        assertThat(all).hasSize(4);
        for (Received r : all) {
            assertThat(r.header("X-Commet-Event-Id")).isEqualTo(eventId);
            assertThat(r.header("webhook-id")).isEqualTo(eventId);
            assertThat(r.body()).isEqualTo(fourth.body());
            assertThat(r.header("X-Commet-Signature")).isEqualTo(fourth.header("X-Commet-Signature"));
        }
        // Retries wait for the schedule (50 ms here), they are not fired back to back.
        for (int i = 1; i < all.size(); i++) {
            assertThat((all.get(i).arrivedNanos() - all.get(i - 1).arrivedNanos()) / 1_000_000).isGreaterThanOrEqualTo(45);
        }
        assertThat(harness.query("SELECT response_status FROM webhook_attempts a JOIN webhook_deliveries d"
                + " ON d.id = a.delivery_id WHERE d.event_id = ? ORDER BY attempt_number", r -> r.getInt(1), eventId))
                .containsExactly(500, 500, 503, 200);
        assertThat(harness.notificationKinds()).isEmpty();
    }

    @Test
    void eightFailedAttemptsMarkTheDeliveryFailedAndNotifyTheOrganization() {
        String endpointId = harness.createEndpoint(receiver.url(), "customer.created").get("id").asText();
        receiver.always(Reply.status(500));
        String eventId = harness.publish("customer.created", DATA);

        assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("failed"));
        assertThat(harness.attemptCount(eventId)).isEqualTo(8);
        assertThat(receiver.received()).hasSize(8);
        assertThat(harness.query("SELECT last_status, last_error, completed_at, next_attempt_at FROM webhook_deliveries"
                        + " WHERE event_id = ?", r -> new Object[] {r.getInt(1), r.getString(2), r.getObject(3), r.getObject(4)},
                eventId).get(0)).satisfies(row -> {
                    assertThat(row[0]).isEqualTo(500);
                    assertThat(row[1]).isEqualTo("HTTP 500");
                    assertThat(row[2]).isNotNull();
                    assertThat(row[3]).isNull();
                });
        assertThat(harness.notificationKinds()).containsExactly(Notifications.DELIVERY_FAILED);
        assertThat(harness.query("SELECT message FROM notifications", r -> r.getString(1)).get(0))
                .contains(eventId).contains(endpointId).contains("8 attempts");
        assertThat(harness.get("/webhooks/" + endpointId).data().get("isActive").asBoolean()).isTrue();
    }

    @Test
    void threeExhaustedEventsInARowDisableTheEndpoint() {
        String endpointId = harness.createEndpoint(receiver.url(), "customer.created").get("id").asText();
        receiver.always(Reply.status(500));
        for (int i = 0; i < 3; i++) {
            String eventId = harness.publish("customer.created", DATA);
            assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("failed"));
        }
        assertThat(harness.get("/webhooks/" + endpointId).data().get("isActive").asBoolean()).isFalse();
        assertThat(harness.notificationKinds()).containsExactly(Notifications.DELIVERY_FAILED,
                Notifications.DELIVERY_FAILED, Notifications.DELIVERY_FAILED, Notifications.ENDPOINT_DISABLED);

        // Disabled: a new event is not even queued for it.
        String later = harness.publish("customer.created", DATA);
        assertThat(harness.deliveryStatus(later)).isNull();

        // Re-enabling is manual and starts a fresh streak.
        assertThat(harness.put("/webhooks/" + endpointId, Map.of("isActive", true)).data().get("isActive").asBoolean()).isTrue();
        assertThat(harness.query("SELECT consecutive_failures FROM webhook_endpoints WHERE id = ?",
                r -> r.getInt(1), endpointId)).containsExactly(0);
    }

    @Test
    void aDeliveredEventResetsTheStreak() {
        String endpointId = harness.createEndpoint(receiver.url(), "customer.created").get("id").asText();
        receiver.always(Reply.status(500));
        for (int i = 0; i < 2; i++) {
            String eventId = harness.publish("customer.created", DATA);
            assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("failed"));
        }
        receiver.always(Reply.status(200));
        String good = harness.publish("customer.created", DATA);
        assertEventually(() -> assertThat(harness.deliveryStatus(good)).isEqualTo("delivered"));
        receiver.always(Reply.status(500));
        String bad = harness.publish("customer.created", DATA);
        assertEventually(() -> assertThat(harness.deliveryStatus(bad)).isEqualTo("failed"));

        assertThat(harness.query("SELECT consecutive_failures, is_active FROM webhook_endpoints WHERE id = ?",
                r -> List.of(r.getInt(1), r.getInt(2)), endpointId)).containsExactly(List.of(1, 1));
    }

    @Test
    void aRedirectIsAFailedAttemptAndIsNotFollowed() {
        harness.createEndpoint(receiver.url("/old"), "customer.created");
        receiver.enqueue(Reply.status(302).withHeader("Location", receiver.url("/new")));
        String eventId = harness.publish("customer.created", DATA);

        receiver.awaitRequest(2);
        assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("delivered"));
        assertThat(receiver.received()).extracting(Received::path).containsExactly("/old", "/old");
        assertThat(harness.query("SELECT response_status FROM webhook_attempts ORDER BY attempt_number", r -> r.getInt(1)))
                .containsExactly(302, 200);
    }

    @Test
    void aResponseBodyIsStoredTruncated() {
        harness.createEndpoint(receiver.url(), "customer.created");
        receiver.enqueue(Reply.status(500).withBody("x".repeat(100_000)));
        String eventId = harness.publish("customer.created", DATA);
        assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("delivered"));
        assertThat(harness.query("SELECT response_body FROM webhook_attempts WHERE attempt_number = 1", r -> r.getString(1))
                .get(0)).hasSize(WebhookSender.MAX_RESPONSE_BODY_BYTES);
    }

    @Test
    void anInactiveEndpointReceivesNothingAndHeldDeliveriesResumeWhenReEnabled() {
        String endpointId = harness.createEndpoint(receiver.url(), "customer.created").get("id").asText();
        receiver.always(Reply.status(500));
        String held = harness.publish("customer.created", DATA);
        receiver.awaitRequest(1);
        assertThat(harness.put("/webhooks/" + endpointId, Map.of("isActive", false)).data().get("isActive").asBoolean())
                .isFalse();
        int seen = receiver.received().size();
        String skipped = harness.publish("customer.created", DATA);
        assertThat(harness.deliveryStatus(skipped)).isNull();

        // Nothing more arrives while inactive: the pending retry is held, not attempted.
        harness.publish("customer.created", DATA);
        long waitUntil = System.nanoTime() + 300_000_000L;
        Eventually.until(() -> System.nanoTime() > waitUntil, "a quiet period");
        assertThat(receiver.received().size()).isLessThanOrEqualTo(seen + 1); // one attempt may have been in flight
        assertThat(harness.deliveryStatus(held)).isEqualTo("pending");

        receiver.always(Reply.status(200));
        harness.put("/webhooks/" + endpointId, Map.of("isActive", true));
        assertEventually(() -> assertThat(harness.deliveryStatus(held)).isEqualTo("delivered"));
    }

    @Test
    void deletingAnEndpointDropsItsPendingDeliveries() {
        String endpointId = harness.createEndpoint(receiver.url(), "customer.created").get("id").asText();
        receiver.always(Reply.status(500));
        String eventId = harness.publish("customer.created", DATA);
        receiver.awaitRequest(1);

        assertThat(harness.delete("/webhooks/" + endpointId).data().get("deleted").asBoolean()).isTrue();
        assertThat(harness.deliveryStatus(eventId)).isNull();
        int seen = receiver.received().size();
        long waitUntil = System.nanoTime() + 300_000_000L;
        Eventually.until(() -> System.nanoTime() > waitUntil, "a quiet period");
        assertThat(receiver.received().size()).isLessThanOrEqualTo(seen + 1);
    }

    @Test
    void aLeaseLeftByACrashedWorkerIsClaimedOnceItExpires() {
        String endpointId = harness.createEndpoint(receiver.url(), "customer.created").get("id").asText();
        // A "crashed node" holds a delivery: queued and leased in one transaction, its lease running out in 300 ms.
        long now = System.currentTimeMillis();
        String eventId = harness.db.inTransaction(tx -> {
            String id = harness.delivery.outbox().publish(tx, harness.org, "invoice.created", DATA);
            String deliveryId = harness.delivery.outbox().enqueue(tx, harness.org.id(), id, endpointId, now);
            tx.update("UPDATE webhook_deliveries SET lease_owner = 'node_dead/w0/x', lease_until = ? WHERE id = ?",
                    now + 300, deliveryId);
            return id;
        });
        Received request = receiver.awaitRequest(1);
        long waitedMillis = System.currentTimeMillis() - now;
        assertThat(request.header("X-Commet-Event-Id")).isEqualTo(eventId);
        assertThat(waitedMillis).as("not claimed while the lease was live").isGreaterThanOrEqualTo(290);
        assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("delivered"));
        assertThat(harness.query("SELECT lease_owner FROM webhook_deliveries WHERE event_id = ?", r -> r.getString(1), eventId))
                .containsOnlyNulls();
    }

    @Test
    void anExpiredLeaseInThePastIsPickedUpAtOnce() {
        String endpointId = harness.createEndpoint(receiver.url(), "customer.created").get("id").asText();
        String eventId = harness.db.inTransaction(tx -> {
            String id = harness.delivery.outbox().publish(tx, harness.org, "invoice.created", DATA);
            String deliveryId = harness.delivery.outbox().enqueue(tx, harness.org.id(), id, endpointId, 0);
            tx.update("UPDATE webhook_deliveries SET lease_owner = 'node_dead/w0/x', lease_until = 1, attempt_count = 2"
                    + " WHERE id = ?", deliveryId);
            return id;
        });
        assertThat(receiver.awaitRequest(1).header("X-Commet-Event-Id")).isEqualTo(eventId);
        assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("delivered"));
        assertThat(harness.query("SELECT attempt_count FROM webhook_deliveries WHERE event_id = ?", r -> r.getInt(1), eventId))
                .containsExactly(3);
    }

    @Test
    void theEnvelopeTimestampHeaderMatchesTheStoredEvent() {
        harness.createEndpoint(receiver.url(), "customer.created");
        String eventId = harness.publish("customer.created", DATA);
        long createdAt = harness.query("SELECT created_at FROM webhook_events WHERE id = ?", r -> r.getLong(1), eventId).get(0);
        assertThat(receiver.awaitRequest(1).header("X-Commet-Timestamp")).isEqualTo(IsoTime.format(createdAt));
    }
}
