package dev.billhook.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.api.Json;
import dev.billhook.server.store.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A real server for a test: SQLite in a fresh temporary directory, an ephemeral port, dev mode
 * (so endpoints on loopback are allowed) and a retry schedule compressed to milliseconds.
 */
public final class TestServer implements AutoCloseable {
    public static final List<Duration> FAST_RETRIES = List.of(
            Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50),
            Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50));

    private final BillhookServer server;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(BillhookServer server, String apiKey) {
        this.server = server;
        this.apiKey = apiKey;
    }

    public static TestServer start() {
        return start(UnaryOperator.identity());
    }

    /** The same, with its state in a fresh database on a real (embedded) PostgreSQL. */
    public static TestServer startOnPostgres(UnaryOperator<ServerConfig.Builder> customize) {
        String url = TestPostgres.newDatabaseUrl();
        return start(b -> customize.apply(b.databaseUrl(url).databaseUser("postgres").databasePassword("postgres")));
    }

    public static TestServer start(UnaryOperator<ServerConfig.Builder> customize) {
        try {
            Path dir = Files.createTempDirectory("billhook-test");
            ServerConfig config = customize.apply(ServerConfig.builder()
                    .port(0).dataDir(dir).dev(true).retrySchedule(FAST_RETRIES)
                    .deliveryTimeout(Duration.ofSeconds(2))).build();
            BillhookServer server = BillhookServer.start(config);
            return new TestServer(server, server.initialApiKey().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BillhookServer server() {
        return server;
    }

    public String apiKey() {
        return apiKey;
    }

    /** A response: status, parsed JSON body, and the x-request-id header. */
    public record Reply(int status, JsonNode json, String requestId) {
        public JsonNode data() {
            return json.get("data");
        }

        public String errorCode() {
            return json.path("error").path("code").asText(null);
        }
    }

    public Reply get(String path) {
        return call("GET", path, null, apiKey);
    }

    public Reply post(String path, Object body) {
        return call("POST", path, body == null ? null : Json.string(body), apiKey);
    }

    public Reply put(String path, Object body) {
        return call("PUT", path, body == null ? null : Json.string(body), apiKey);
    }

    public Reply delete(String path) {
        return call("DELETE", path, null, apiKey);
    }

    /** Any call, with a raw JSON body (or null) and a chosen API key (or null for none). */
    public Reply call(String method, String path, String rawBody, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.apiUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(rawBody));
        if (rawBody != null) request.header("Content-Type", "application/json");
        if (key != null) request.header("x-api-key", key);
        return send(request.build());
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? Json.object() : Json.tree(response.body());
            return new Reply(response.statusCode(), json, response.headers().firstValue("x-request-id").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
