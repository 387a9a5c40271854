package dev.billhook.server.billing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.TestServer;
import dev.billhook.server.account.Organizations;
import dev.billhook.server.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One fresh organization on a shared {@link TestServer}: API calls with its key, checkout calls
 * over real HTTP, and the webhook events written for it (read straight from the database), so
 * each test has its own clock, customers and event stream.
 */
public final class Tenant {
    private final TestServer server;
    private final String apiKey;
    private final String organizationId;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<String> eventsSeen = new HashSet<>();

    private Tenant(TestServer server, Organizations.Provisioned provisioned) {
        this.server = server;
        this.apiKey = provisioned.apiKey();
        this.organizationId = provisioned.organization().id();
    }

    public static Tenant create(TestServer server) {
        return new Tenant(server, server.server().organizations().create("Tenant", "sandbox"));
    }

    public String organizationId() {
        return organizationId;
    }

    public String apiKey() {
        return apiKey;
    }

    public TestServer.Reply get(String path) {
        return server.call("GET", path, null, apiKey);
    }

    public TestServer.Reply post(String path, Object body) {
        return server.call("POST", path, body == null ? null : Json.string(body), apiKey);
    }

    public TestServer.Reply put(String path, Object body) {
        return server.call("PUT", path, Json.string(body), apiKey);
    }

    public record Page(int status, String contentType, String body) {
        public JsonNode json() {
            return Json.tree(body);
        }
    }

    /** A checkout request; {@code body} null for GET. */
    public Page checkout(String method, String url, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) request.header("Content-Type", contentType);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Page payJson(String checkoutUrl, String card) {
        return checkout("POST", checkoutUrl, "application/json", "{\"card\":\"" + card + "\"}");
    }

    /**
     * The event envelopes written since the last call, in insertion order. Events of one
     * transaction share a timestamp, so the physical row order breaks ties: rowid on SQLite,
     * ctid on PostgreSQL (reliable here: the table is insert-only and freshly created).
     */
    public List<JsonNode> newEvents() {
        List<JsonNode> events = new ArrayList<>();
        var config = server.server().config();
        boolean postgres = config.databaseUrl() != null;
        String url = postgres ? config.databaseUrl() : "jdbc:sqlite:" + config.dataDir().resolve("billhook.db");
        String order = postgres ? "created_at, ctid" : "rowid";
        try (Connection c = DriverManager.getConnection(url, config.databaseUser(), config.databasePassword());
             PreparedStatement q = c.prepareStatement(
                     "SELECT id, payload FROM webhook_events WHERE organization_id = ? ORDER BY " + order)) {
            q.setString(1, organizationId);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    if (eventsSeen.add(rows.getString(1))) events.add(Json.tree(rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    /** The types of {@link #newEvents()}, for order assertions. */
    public static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("event").asText()).toList();
    }
}
