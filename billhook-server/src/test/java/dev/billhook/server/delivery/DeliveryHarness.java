package dev.billhook.server.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.ServerConfig;
import dev.billhook.server.TestServer;
import dev.billhook.server.account.Organization;
import dev.billhook.server.account.Organizations;
import dev.billhook.server.api.ApiHandler;
import dev.billhook.server.api.Json;
import dev.billhook.server.api.Routes;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.RowMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The delivery stack as {@code BillhookServer} wires it (SQLite, the API over real HTTP, the
 * workers), plus what engine tests need and the server does not expose: the database, the
 * outbox, retries without jitter, and optionally a fake DNS resolver for the target policy.
 */
final class DeliveryHarness implements AutoCloseable {
    final ServerConfig config;
    final Database db;
    final Organizations organizations;
    final Organization org;
    final String apiKey;
    final Delivery delivery;
    private final Server http;
    private final HttpClient client = HttpClient.newHttpClient();

    private DeliveryHarness(ServerConfig config, Database db, Organizations organizations,
                            Organizations.Provisioned tenant, Delivery delivery, Server http) {
        this.config = config;
        this.db = db;
        this.organizations = organizations;
        this.org = tenant.organization();
        this.apiKey = tenant.apiKey();
        this.delivery = delivery;
        this.http = http;
    }

    static DeliveryHarness start(UnaryOperator<ServerConfig.Builder> customize) {
        return start(customize, null);
    }

    /** @param resolver the target policy's DNS, or null for the real one */
    static DeliveryHarness start(UnaryOperator<ServerConfig.Builder> customize, TargetPolicy.Resolver resolver) {
        return start(customize, resolver, config -> Database.openSqlite(config.dataDir()));
    }

    /** @param open how to open the database (the server's {@code Database.openSqlite} by default) */
    static DeliveryHarness start(UnaryOperator<ServerConfig.Builder> customize, TargetPolicy.Resolver resolver,
                                 Function<ServerConfig, Database> open) {
        try {
            ServerConfig config = customize.apply(ServerConfig.builder()
                    .port(0).dataDir(Files.createTempDirectory("billhook-delivery")).dev(true)
                    .retrySchedule(TestServer.FAST_RETRIES).deliveryTimeout(Duration.ofSeconds(2))).build();
            Clock clock = Clock.systemUTC();
            Database db = open.apply(config);
            Organizations organizations = new Organizations(db, clock);
            TargetPolicy policy = resolver == null ? new TargetPolicy(config.dev())
                    : new TargetPolicy(config.dev(), resolver);
            Delivery delivery = new Delivery(db, clock, config, RetrySchedule.exact(config.retrySchedule()), policy);
            Routes routes = new Routes();
            delivery.routes(routes);
            Server http = new Server();
            ServerConnector connector = new ServerConnector(http);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            http.addConnector(connector);
            http.setHandler(new ApiHandler(routes, organizations, db, clock));
            http.start();
            delivery.start();
            return new DeliveryHarness(config, db, organizations, organizations.create("Acme", "sandbox"), delivery, http);
        } catch (Exception e) {
            throw new IllegalStateException("harness failed to start", e);
        }
    }

    /** Publishes through the outbox in a transaction of its own, as billing does; returns the event id. */
    String publish(String type, Object data) {
        return db.inTransaction(tx -> delivery.outbox().publish(tx, org, type, data));
    }

    /** Creates an endpoint through the API; returns {id, secretKey}. */
    JsonNode createEndpoint(String url, String... events) {
        TestServer.Reply reply = post("/webhooks", Map.of("url", url, "events", List.of(events)));
        if (reply.status() != 201) throw new AssertionError("create failed: " + reply.json());
        return reply.data();
    }

    /** Inserts an endpoint row directly, bypassing the API's checks. Returns its id. */
    String insertEndpoint(String url, String secret, String... events) {
        String id = "whep_direct" + System.nanoTime();
        db.run(tx -> tx.update("INSERT INTO webhook_endpoints (id, organization_id, url, events, is_active, secret,"
                        + " consecutive_failures, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, 0, 0, 0)",
                id, org.id(), url, Json.string(List.of(events)), secret));
        return id;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        return db.inTransaction(tx -> tx.query(sql, mapper, args));
    }

    String deliveryStatus(String eventId) {
        List<String> rows = query("SELECT status FROM webhook_deliveries WHERE event_id = ?", r -> r.getString(1), eventId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    int attemptCount(String eventId) {
        return query("SELECT COUNT(*) FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id"
                + " WHERE d.event_id = ?", r -> r.getInt(1), eventId).get(0);
    }

    List<String> notificationKinds() {
        return query("SELECT kind FROM notifications WHERE organization_id = ? ORDER BY created_at",
                r -> r.getString(1), org.id());
    }

    TestServer.Reply get(String path) {
        return call("GET", path, null);
    }

    TestServer.Reply post(String path, Object body) {
        return call("POST", path, body == null ? null : Json.string(body));
    }

    TestServer.Reply put(String path, Object body) {
        return call("PUT", path, Json.string(body));
    }

    TestServer.Reply delete(String path) {
        return call("DELETE", path, null);
    }

    TestServer.Reply call(String method, String path, String rawBody) {
        int port = ((ServerConnector) http.getConnectors()[0]).getLocalPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1" + path))
                .timeout(Duration.ofSeconds(20)).header("x-api-key", apiKey)
                .method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(rawBody));
        if (rawBody != null) request.header("Content-Type", "application/json");
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? Json.object() : Json.tree(response.body());
            return new TestServer.Reply(response.statusCode(), json, response.headers().firstValue("x-request-id").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A resolver that answers {@code name} from {@code answers}, and the real DNS for other names. */
    static TargetPolicy.Resolver fakeDns(Map<String, java.util.function.Supplier<String>> answers) {
        return host -> {
            var answer = answers.get(host);
            return answer == null ? InetAddress.getAllByName(host)
                    : new InetAddress[] {InetAddress.getByName(answer.get())};
        };
    }

    @Override
    public void close() {
        try {
            http.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            delivery.close();
            db.close();
        }
    }
}
