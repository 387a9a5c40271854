package dev.billhook.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.BillhookServer;
import dev.billhook.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One interop run, start to end: a real {@link BillhookServer} (SQLite in a temporary directory,
 * port 0, dev mode, retries compressed to milliseconds), {@code receiver.mjs} listening for its
 * webhooks, {@code drive.mjs} calling it through the official client, then {@code typecheck.mjs}
 * over everything recorded. Every wait has a deadline; the processes and the server are closed
 * before {@link #execute} returns, whatever happened.
 */
final class InteropRun {
    /** The eight core events (SPEC.md section 4) the endpoint subscribes to and the run must cause. */
    static final List<String> CORE_EVENTS = List.of(
            "subscription.created", "subscription.activated", "subscription.updated", "subscription.canceled",
            "subscription.plan_changed", "payment.received", "payment.failed", "invoice.created");

    private static final List<Duration> FAST_RETRIES = List.of(
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
            Duration.ofMillis(800), Duration.ofMillis(1_600), Duration.ofMillis(3_200));
    private static final Duration RECEIVER_START = Duration.ofSeconds(20);
    private static final Duration DRIVER_RUN = Duration.ofMinutes(4);
    private static final Duration DELIVERIES_ARRIVE = Duration.ofSeconds(60);
    private static final Duration TYPECHECK_RUN = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the run observed; the test asserts on it. Absent parts are null, with a reason in {@code problems}. */
    record Outcome(JsonNode driverResult, Integer driverExit, List<JsonNode> calls, List<JsonNode> deliveries,
                   JsonNode typecheck, List<String> problems, Path runDir) {}

    private InteropRun() {}

    static Outcome execute(NodeToolchain node, Path workDir, Path catalogFile, Path dataDir) throws Exception {
        Path runDir = workDir.resolve("run");
        deleteTree(runDir);
        Files.createDirectories(runDir);
        List<String> problems = new ArrayList<>();
        JsonNode result = null;
        Integer exit = null;
        List<JsonNode> deliveries;
        ServerConfig config = ServerConfig.builder()
                .port(0).dataDir(dataDir).dev(true)
                .retrySchedule(FAST_RETRIES).deliveryTimeout(Duration.ofSeconds(2))
                .build();

        try (BillhookServer server = BillhookServer.start(config);
             NodeProcess receiver = NodeProcess.start(node, workDir, "receiver.mjs", List.of(), Map.of(
                     "HANDLED_EVENTS", String.join(",", CORE_EVENTS),
                     "RECORD_DIR", runDir.toString(),
                     "MAX_LIFETIME_SECONDS", "420"), runDir.resolve("receiver.stderr.log"))) {
            String apiKey = server.initialApiKey()
                    .orElseThrow(() -> new IllegalStateException("a fresh data dir must yield an initial API key"));
            JsonNode listening = receiver.await(kind("listening"), RECEIVER_START).orElseThrow(
                    () -> new IllegalStateException("receiver.mjs did not start: " + receiver.diagnostics()));
            String receiverUrl = "http://127.0.0.1:" + listening.path("port").asInt();

            try (NodeProcess driver = NodeProcess.start(node, workDir, "drive.mjs", List.of(), Map.of(
                    "BILLHOOK_URL", server.baseUrl(),
                    "BILLHOOK_API_KEY", apiKey,
                    "RECEIVER_URL", receiverUrl,
                    "SUBSCRIBED_EVENTS", String.join(",", CORE_EVENTS),
                    "RECORD_DIR", runDir.toString(),
                    "MAX_LIFETIME_SECONDS", String.valueOf(DRIVER_RUN.toSeconds())), runDir.resolve("driver.stderr.log"))) {
                exit = driver.awaitExit(DRIVER_RUN.plusSeconds(10)).orElse(null);
                if (exit == null) problems.add("drive.mjs still running after " + DRIVER_RUN + ": " + driver.diagnostics());
                result = driver.messages().stream().filter(kind("result")).reduce((a, b) -> b).orElse(null);
                if (result == null) problems.add("drive.mjs printed no result line: " + driver.diagnostics());
            }

            // Bounded wait for the asynchronous deliveries: over as soon as every core type has arrived.
            // A driver that stopped early caused few events; waiting the full time would only delay the report.
            boolean drove = result != null && !result.has("fatal");
            receiver.await(m -> coreTypesSeen(receiver).containsAll(CORE_EVENTS), drove ? DELIVERIES_ARRIVE : Duration.ofSeconds(5));
            deliveries = receiver.messages().stream().filter(kind("delivery")).toList();
            receiver.messages().stream().filter(kind("error"))
                    .forEach(e -> problems.add("receiver.mjs reported: " + e.path("message").asText()));
        }

        JsonNode typecheck = null;
        try (NodeProcess tsc = NodeProcess.start(node, workDir, "typecheck.mjs",
                List.of(runDir.toString(), catalogFile.toAbsolutePath().toString()), Map.of(),
                runDir.resolve("typecheck.stderr.log"))) {
            Optional<Integer> tscExit = tsc.awaitExit(TYPECHECK_RUN);
            typecheck = tsc.messages().stream().filter(kind("typecheck")).findFirst().orElse(null);
            if (typecheck == null) problems.add("typecheck.mjs gave no verdict (exit " + tscExit.orElse(null) + "): " + tsc.diagnostics());
        }
        return new Outcome(result, exit, readCalls(runDir.resolve("calls")), deliveries, typecheck, problems, runDir);
    }

    private static Set<String> coreTypesSeen(NodeProcess receiver) {
        Set<String> seen = new HashSet<>();
        for (JsonNode m : receiver.messages()) {
            if (m.path("kind").asText().equals("delivery") && m.path("status").asInt() == 200) seen.add(m.path("event").asText());
        }
        return seen;
    }

    private static Predicate<JsonNode> kind(String kind) {
        return m -> m.path("kind").asText().equals(kind);
    }

    private static List<JsonNode> readCalls(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        List<JsonNode> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode call = JSON.readTree(file.toFile());
                ((ObjectNode) call).put("file", file.getFileName().toString());
                calls.add(call);
            }
        }
        return calls;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
