package dev.billhook.server.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.api.Json;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.Ids;
import dev.billhook.server.store.Tx;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code webhook_endpoints} table, always scoped to one organization: an id from another
 * organization reads as absent. Inputs are validated by the caller. Thread-safe.
 */
public final class EndpointStore {
    private static final String COLUMNS =
            "id, organization_id, url, events, description, is_active, api_version, created_at";

    private final Database db;
    private final Clock clock;

    EndpointStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The changes of an update; null fields are left as they are, except as {@code clearDescription} says. */
    public record Changes(String url, List<String> events, String description, boolean clearDescription,
                          Boolean active, String apiVersion) {}

    /** One page, oldest first; {@code hasMore} when rows follow the last one. */
    public record Page(List<WebhookEndpoint> items, boolean hasMore) {}

    public WebhookEndpoint create(String organizationId, String url, List<String> events, String description,
                                  String apiVersion, String secret) {
        long now = clock.millis();
        String id = Ids.newId("whep");
        db.run(tx -> tx.update("INSERT INTO webhook_endpoints (id, organization_id, url, events, description, is_active,"
                        + " api_version, secret, consecutive_failures, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, 0, ?, ?)",
                id, organizationId, url, Json.string(events), description, apiVersion, secret, now, now));
        return new WebhookEndpoint(id, organizationId, url, events, description, true, apiVersion, now);
    }

    public Optional<WebhookEndpoint> find(String organizationId, String id) {
        return db.inTransaction(tx -> find(tx, organizationId, id));
    }

    /** Up to {@code limit} endpoints after the one named by {@code cursor} (null: from the start). */
    public Optional<Page> list(String organizationId, int limit, String cursor) {
        return db.inTransaction(tx -> {
            long afterCreated = Long.MIN_VALUE;
            String afterId = "";
            if (cursor != null) {
                Optional<WebhookEndpoint> from = find(tx, organizationId, cursor);
                if (from.isEmpty()) return Optional.empty();
                afterCreated = from.get().createdAt();
                afterId = from.get().id();
            }
            List<WebhookEndpoint> rows = tx.query("SELECT " + COLUMNS + " FROM webhook_endpoints"
                            + " WHERE organization_id = ? AND (created_at > ? OR (created_at = ? AND id > ?))"
                            + " ORDER BY created_at, id LIMIT ?",
                    row -> read(row), organizationId, afterCreated, afterCreated, afterId, limit + 1);
            boolean more = rows.size() > limit;
            return Optional.of(new Page(more ? rows.subList(0, limit) : rows, more));
        });
    }

    /** Applies {@code changes}; re-enabling an endpoint also clears its failure streak. */
    public Optional<WebhookEndpoint> update(String organizationId, String id, Changes changes) {
        return db.inTransaction(tx -> lock(tx, organizationId, id).map(current -> {
            boolean active = changes.active() == null ? current.active() : changes.active();
            WebhookEndpoint next = new WebhookEndpoint(id, organizationId,
                    changes.url() == null ? current.url() : changes.url(),
                    changes.events() == null ? current.events() : changes.events(),
                    changes.clearDescription() ? null
                            : changes.description() == null ? current.description() : changes.description(),
                    active,
                    changes.apiVersion() == null ? current.apiVersion() : changes.apiVersion(),
                    current.createdAt());
            boolean reEnabled = active && !current.active();
            tx.update("UPDATE webhook_endpoints SET url = ?, events = ?, description = ?, is_active = ?, api_version = ?,"
                            + " consecutive_failures = CASE WHEN ? = 1 THEN 0 ELSE consecutive_failures END,"
                            + " updated_at = ? WHERE id = ?",
                    next.url(), Json.string(next.events()), next.description(), next.active(), next.apiVersion(),
                    reEnabled, clock.millis(), id);
            return next;
        }));
    }

    /**
     * Deletes the endpoint with its deliveries and their attempts; pending deliveries are dropped.
     * An attempt in flight at that moment finds its row gone and records nothing.
     */
    public boolean delete(String organizationId, String id) {
        return db.inTransaction(tx -> {
            if (lock(tx, organizationId, id).isEmpty()) return false;
            tx.update("DELETE FROM webhook_attempts WHERE delivery_id IN"
                    + " (SELECT id FROM webhook_deliveries WHERE endpoint_id = ?)", id);
            tx.update("DELETE FROM webhook_deliveries WHERE endpoint_id = ?", id);
            tx.update("DELETE FROM webhook_endpoints WHERE id = ?", id);
            return true;
        });
    }

    /**
     * {@link #find}, after taking the write lock with a no-op update, so a read-then-write
     * transaction cannot fail on SQLite when another writer slips in between its read and its
     * first write, and on PostgreSQL holds the row against a concurrent change.
     */
    static Optional<WebhookEndpoint> lock(Tx tx, String organizationId, String id) {
        int rows = tx.update("UPDATE webhook_endpoints SET updated_at = updated_at WHERE organization_id = ? AND id = ?",
                organizationId, id);
        return rows == 0 ? Optional.empty() : find(tx, organizationId, id);
    }

    static Optional<WebhookEndpoint> find(Tx tx, String organizationId, String id) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE organization_id = ? AND id = ?",
                EndpointStore::read, organizationId, id);
    }

    private static WebhookEndpoint read(java.sql.ResultSet row) throws java.sql.SQLException {
        List<String> events = new ArrayList<>();
        for (JsonNode event : Json.tree(row.getString(4))) events.add(event.asText());
        return new WebhookEndpoint(row.getString(1), row.getString(2), row.getString(3), events, row.getString(5),
                row.getInt(6) == 1, row.getString(7), row.getLong(8));
    }
}
