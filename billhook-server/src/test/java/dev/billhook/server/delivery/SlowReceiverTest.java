package dev.billhook.server.delivery;

import static dev.billhook.server.delivery.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.server.delivery.TestReceiver.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Timeouts and shutdown: an attempt never takes longer than the delivery timeout, and stopping waits for it. */
class SlowReceiverTest {

    @Test
    void aReceiverSlowerThanTheTimeoutIsAFailedAttempt() {
        try (DeliveryHarness harness = DeliveryHarness.start(b -> b.deliveryTimeout(Duration.ofMillis(300)));
             TestReceiver receiver = TestReceiver.start()) {
            harness.createEndpoint(receiver.url(), "invoice.created");
            receiver.enqueue(Reply.status(200).after(Duration.ofSeconds(2)));
            String eventId = harness.publish("invoice.created", Map.of("invoiceId", "inv_1"));

            assertEventually(() -> assertThat(harness.deliveryStatus(eventId)).isEqualTo("delivered"));
            List<Object[]> attempts = harness.query("SELECT error, response_status, duration_millis FROM webhook_attempts"
                    + " ORDER BY attempt_number", r -> new Object[] {r.getString(1), r.getObject(2), r.getLong(3)});
            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(0)[0]).isEqualTo("timeout after 300 ms");
            assertThat(attempts.get(0)[1]).isNull();
            assertThat((Long) attempts.get(0)[2]).isBetween(250L, 1_500L);
            assertThat(attempts.get(1)[0]).isNull();
        }
    }

    @Test
    void stoppingLetsAnAttemptInFlightFinishAndRecordIt() {
        TestReceiver receiver = TestReceiver.start();
        DeliveryHarness harness = DeliveryHarness.start(b -> b);
        String eventId;
        try {
            harness.createEndpoint(receiver.url(), "invoice.created");
            receiver.enqueue(Reply.status(200).after(Duration.ofMillis(400)));
            eventId = harness.publish("invoice.created", Map.of("invoiceId", "inv_1"));
            receiver.awaitRequest(1);
        } finally {
            harness.delivery.close(); // returns once the attempt in flight is recorded
        }
        try {
            assertThat(harness.deliveryStatus(eventId)).isEqualTo("delivered");
            assertThat(harness.attemptCount(eventId)).isEqualTo(1);
        } finally {
            harness.close();
            receiver.close();
        }
    }
}
