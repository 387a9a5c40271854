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
import java.util.List;

/**
 * One fresh organization on a shared {@link TestServer}: API calls with its key, checkout calls
 * over real HTTP, and the webhook events written for it (read straight from the SQLite file, in
 * insertion order), so each test has its own clock, customers and event stream.
 */
public final class Tenant {
    private final TestServer server;
    private final String apiKey;
    private final String organizationId;
    private final HttpClient http = HttpClient.newHttpClient();
    private long eventsSeen;

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

    /** The event envelopes written since the last call, oldest first. */
    public List<JsonNode> newEvents() {
        List<JsonNode> events = new ArrayList<>();
        String url = "jdbc:sqlite:" + server.server().config().dataDir().resolve("billhook.db");
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement q = c.prepareStatement(
                     "SELECT rowid, payload FROM webhook_events WHERE organization_id = ? AND rowid > ? ORDER BY rowid")) {
            q.setString(1, organizationId);
            q.setLong(2, eventsSeen);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    eventsSeen = rows.getLong(1);
                    events.add(Json.tree(rows.getString(2)));
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
