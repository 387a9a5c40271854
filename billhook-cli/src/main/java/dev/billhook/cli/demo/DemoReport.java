package dev.billhook.cli.demo;

import dev.billhook.examples.jdk.ReceivedDelivery;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The closing summary: deliveries per event type, verification, latency; and whether all is well. */
final class DemoReport {
    private DemoReport() {}

    /** Prints the summary; true when every core event type arrived and every delivery verified. */
    static boolean print(List<ReceivedDelivery> deliveries, PrintStream out) {
        Map<String, Integer> perType = new TreeMap<>();
        List<Long> latencies = new ArrayList<>();
        int unverified = 0;
        for (ReceivedDelivery d : deliveries) {
            perType.merge(d.eventType(), 1, Integer::sum);
            if (d.latency() != null) latencies.add(d.latency().toMillis());
            if (!d.verified() || d.status() != 200) unverified++;
        }
        Collections.sort(latencies);

        out.println();
        out.println("Summary");
        for (String type : DemoScenario.CORE_EVENTS) {
            int count = perType.getOrDefault(type, 0);
            out.printf("  %-26s %2d %s%n", type, count, count > 0 ? "ok" : "MISSING");
        }
        out.printf("  %d deliveries, %d verified by the receiver, %d not%n",
                deliveries.size(), deliveries.size() - unverified, unverified);
        if (!latencies.isEmpty()) {
            out.printf("  latency (event emitted -> receiver verified): median %d ms, p99 %d ms, max %d ms%n",
                    percentile(latencies, 50), percentile(latencies, 99), latencies.get(latencies.size() - 1));
        }
        boolean allArrived = DemoScenario.CORE_EVENTS.stream().allMatch(perType::containsKey);
        return allArrived && unverified == 0;
    }

    static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
