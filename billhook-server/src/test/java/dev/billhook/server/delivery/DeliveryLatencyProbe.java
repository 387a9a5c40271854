package dev.billhook.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a timed assertion: publishes {@value #EVENTS} events one at a time to an
 * idle endpoint and prints the median and p99 of commit → first byte at the receiver (the
 * receiver stamps each request on arrival; the commit is stamped by an after-commit hook that
 * runs just before the outbox's wake-up). Asserts only that every event arrived. Run alone with
 * {@code ./mvnw -pl billhook-server -am verify -Dtest=DeliveryLatencyProbe -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("probe")
class DeliveryLatencyProbe {
    private static final int EVENTS = 300;
    private static final int WARM_UP = 20;

    @Test
    void commitToFirstAttemptLatency() {
        measure("sqlite", DeliveryHarness.start(b -> b));
    }

    private static void measure(String label, DeliveryHarness started) {
        try (DeliveryHarness harness = started;
             TestReceiver receiver = TestReceiver.start()) {
            harness.createEndpoint(receiver.url(), "invoice.created");
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < WARM_UP + EVENTS; i++) {
                AtomicLong committed = new AtomicLong();
                String invoiceId = "inv_" + i;
                harness.db.run(tx -> {
                    tx.afterCommit(() -> committed.set(System.nanoTime()));
                    harness.delivery.outbox().publish(tx, harness.org, "invoice.created", Map.of("invoiceId", invoiceId));
                });
                TestReceiver.Received arrived = receiver.awaitRequest(i + 1);
                if (i >= WARM_UP) micros.add((arrived.arrivedNanos() - committed.get()) / 1_000);
            }
            assertThat(receiver.received()).hasSize(WARM_UP + EVENTS);
            Collections.sort(micros);
            System.out.printf("DeliveryLatencyProbe db=%s events=%d workers=%d median=%.2fms p99=%.2fms max=%.2fms%n",
                    label, EVENTS, harness.config.deliveryWorkers(), micros.get(micros.size() / 2) / 1000.0,
                    micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
        }
    }
}
