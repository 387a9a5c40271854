package dev.billhook.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.examples.jdk.SampleReceiver;
import dev.billhook.server.BillhookServer;
import dev.billhook.server.ServerConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code billhook demo}: the whole system on one machine. Starts the server on a fresh embedded
 * database and the sample receiver (built on our SDK), registers the receiver as an endpoint
 * through the API, drives two customers through their subscriptions, and prints every delivery
 * as the receiver verified it. Exit code 1 if any expected event is missing or unverified.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the server and a sample receiver, and watch a subscription's life arrive as verified webhooks.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--exit", description = "Exit when the demo is done instead of serving on.")
    boolean exit;

    @Option(names = "--port", defaultValue = "0", description = "Server port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--data-dir", description = "Database directory (default: a new temporary one, so every run starts clean).")
    Path dataDir;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        boolean temporary = dataDir == null;
        Path dir = temporary ? Files.createTempDirectory("billhook-demo") : dataDir;
        ServerConfig config = ServerConfig.builder().port(port).dataDir(dir).dev(true).build();
        BillhookServer server = BillhookServer.start(config);
        SampleReceiver receiver = SampleReceiver.bind(new InetSocketAddress("127.0.0.1", 0));
        try {
            if (server.initialApiKey().isEmpty()) {
                out.println("Demo FAILED: the data directory " + dir + " already has an organization;"
                        + " run the demo on an empty one (or without --data-dir).");
                return 1;
            }
            String apiKey = server.initialApiKey().get();
            out.println("Billhook demo: server " + server.apiUrl() + ", sample receiver " + receiver.url());
            DemoApi api = new DemoApi(server.apiUrl(), apiKey);
            DeliveryLog log = new DeliveryLog(out);
            receiver.onDelivery(log::record);
            JsonNode endpoint = api.post("/webhooks", Map.of(
                    "url", receiver.url(), "events", DemoScenario.CORE_EVENTS, "description", "Billhook demo receiver"));
            receiver.install(endpoint.get("secretKey").asText());
            out.println("Registered endpoint " + endpoint.get("id").asText() + " for the eight core event types.");

            boolean ok;
            try {
                new DemoScenario(api, log, out).run();
                ok = DemoReport.print(log.snapshot(), out);
            } catch (DemoFailure failure) {
                DemoReport.print(log.snapshot(), out);
                out.println();
                out.println("Demo FAILED: " + failure.getMessage());
                return 1;
            }
            out.println();
            out.println(ok ? "Demo passed: every core event was delivered, signed, and verified."
                    : "Demo FAILED: some deliveries are missing or unverified (see above).");
            if (!ok) return 1;
            if (!exit) serveOn(server, apiKey, dir);
            return 0;
        } finally {
            receiver.close();
            server.close();
            if (temporary) deleteQuietly(dir);
        }
    }

    /** A temporary demo database is the demo's own: nothing of it should outlive the run. */
    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left in the system's temporary directory, which is cleaned anyway.
        }
    }

    private void serveOn(BillhookServer server, String apiKey, Path dir) throws InterruptedException {
        out.println();
        out.println("Still serving; press Ctrl-C to stop. Data: " + dir);
        out.println("  API URL: " + server.apiUrl());
        out.println("  API key: " + apiKey);
        out.println("  try:     curl -s -H 'x-api-key: " + apiKey + "' '" + server.apiUrl() + "/subscriptions?customerId=alice'");
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(forever::countDown, "billhook-demo-stop"));
        forever.await();
    }
}
