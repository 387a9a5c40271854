package dev.billhook.cli.demo;

import dev.billhook.examples.jdk.ReceivedDelivery;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every delivery the sample receiver saw, printed as it arrives, and waited on step by step.
 * Thread-safe: the receiver calls {@link #record} from its own threads.
 */
final class DeliveryLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final PrintStream out;
    private final List<ReceivedDelivery> deliveries = new ArrayList<>();

    DeliveryLog(PrintStream out) {
        this.out = out;
    }

    synchronized void record(ReceivedDelivery delivery) {
        deliveries.add(delivery);
        out.printf("  %s  %-26s %s  %d %-10s %4d ms%n",
                TIME.format(delivery.receivedAt()), delivery.eventType(), delivery.eventId(), delivery.status(),
                delivery.verified() ? "verified" : "UNVERIFIED", latencyMillis(delivery));
        notifyAll();
    }

    /** A position in the log; {@link #await} looks only at deliveries after it. */
    synchronized int mark() {
        return deliveries.size();
    }

    /**
     * Waits until the deliveries after {@code mark} include each of {@code expectedTypes} (a type
     * listed twice must arrive twice), or fails once {@code timeout} has passed.
     */
    synchronized void await(int mark, List<String> expectedTypes, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!missing(mark, expectedTypes).isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new DemoFailure("expected deliveries did not arrive within " + timeout.toSeconds() + " s: "
                        + missing(mark, expectedTypes));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized List<ReceivedDelivery> snapshot() {
        return List.copyOf(deliveries);
    }

    /** Emission to receipt in milliseconds; -1 when the receiver could not tell when it was emitted. */
    static long latencyMillis(ReceivedDelivery delivery) {
        Duration latency = delivery.latency();
        return latency == null ? -1 : latency.toMillis();
    }

    private List<String> missing(int mark, List<String> expectedTypes) {
        Map<String, Integer> seen = new HashMap<>();
        for (ReceivedDelivery d : deliveries.subList(mark, deliveries.size())) {
            if (d.verified() && d.status() == 200) seen.merge(d.eventType(), 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        for (String type : expectedTypes) {
            int left = seen.getOrDefault(type, 0);
            if (left > 0) seen.put(type, left - 1);
            else missing.add(type);
        }
        return missing;
    }
}
