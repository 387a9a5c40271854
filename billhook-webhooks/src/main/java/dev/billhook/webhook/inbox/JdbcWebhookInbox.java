package dev.billhook.webhook.inbox;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * A {@link WebhookInbox} in a SQL table: durable, and shared by every process using the database,
 * so several {@link InboxProcessor}s may drain one inbox. Works on SQLite and PostgreSQL through
 * plain {@code java.sql}.
 *
 * <p>{@link #create} creates the table and its index if missing ({@link #ddl} gives the statements,
 * for your own migrations). {@code due_at} is when a pending entry may run, and for a claimed one
 * when its lease expires, so one condition ({@code due_at <= now}) finds both kinds of work, and a
 * crashed worker's entry comes back by itself. Ids are random UUIDs made here, because the two
 * databases spell auto-increment differently. The body column is {@code BYTEA} on PostgreSQL and
 * {@code BLOB} elsewhere.
 *
 * <p>Claiming reads a few due ids, then takes one with a conditional {@code UPDATE} that succeeds
 * only if the row is still due: portable (no {@code FOR UPDATE SKIP LOCKED}, which SQLite lacks)
 * and atomic on both. A worker that loses the race tries the next id. On SQLite, reading first also
 * keeps idle workers from taking the write lock; set a busy timeout on its connections.
 *
 * <p>Thread-safe; each method uses one pooled connection briefly and throws {@link
 * IllegalStateException} wrapping the {@link SQLException} if the database fails. Dead entries stay
 * in the table ({@code state = 'dead'}) until you delete or re-queue them with SQL.
 */
public final class JdbcWebhookInbox implements WebhookInbox {
    /** The table {@link #create(DataSource)} uses. */
    public static final String DEFAULT_TABLE = "billhook_webhook_inbox";

    private static final int CANDIDATES = 8;

    private final DataSource dataSource;
    private final String table;

    private JdbcWebhookInbox(DataSource dataSource, String table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = Sql.identifier(table);
    }

    /** An inbox in {@link #DEFAULT_TABLE}, created if missing. */
    public static JdbcWebhookInbox create(DataSource dataSource) {
        return create(dataSource, DEFAULT_TABLE);
    }

    /**
     * An inbox in {@code table}, created if missing.
     *
     * @throws IllegalArgumentException if {@code table} is not a plain SQL identifier
     * @throws IllegalStateException if the table cannot be created
     */
    public static JdbcWebhookInbox create(DataSource dataSource, String table) {
        JdbcWebhookInbox inbox = new JdbcWebhookInbox(dataSource, table);
        String binary = Sql.binaryType(dataSource);
        Sql.createIfMissing(dataSource, "creating " + inbox.table, ddl(inbox.table, binary));
        return inbox;
    }

    /**
     * The {@code CREATE ... IF NOT EXISTS} statements for {@code table}.
     *
     * @param binaryType {@code BYTEA} for PostgreSQL, {@code BLOB} for SQLite
     */
    public static String[] ddl(String table, String binaryType) {
        String t = Sql.identifier(table);
        return new String[] {
            "CREATE TABLE IF NOT EXISTS "
                    + t
                    + " (id VARCHAR(36) PRIMARY KEY,"
                    + " event_id VARCHAR(255), body "
                    + Sql.identifier(binaryType)
                    + " NOT NULL,"
                    + " received_at BIGINT NOT NULL, state VARCHAR(16) NOT NULL,"
                    + " attempts INTEGER NOT NULL, due_at BIGINT NOT NULL,"
                    + " claim_token VARCHAR(36))",
            "CREATE INDEX IF NOT EXISTS " + t + "_due ON " + t + " (state, due_at)"
        };
    }

    @Override
    public String append(byte[] body, @Nullable String eventId, Instant receivedAt) {
        Objects.requireNonNull(body, "body");
        long at = receivedAt.toEpochMilli();
        String id = UUID.randomUUID().toString();
        Sql.run(
                dataSource,
                "appending to " + table,
                c ->
                        Sql.update(
                                c,
                                "INSERT INTO "
                                        + table
                                        + " (id, event_id, body, received_at, state, attempts,"
                                        + " due_at, claim_token) VALUES (?, ?, ?, ?, 'pending', 0,"
                                        + " ?, NULL)",
                                id,
                                eventId,
                                body,
                                at,
                                at));
        return id;
    }

    @Override
    public Optional<InboxEntry> claimNext(Instant now, Duration lease) {
        long nowMillis = now.toEpochMilli();
        long until = now.plus(lease).toEpochMilli();
        return Sql.run(
                dataSource,
                "claiming from " + table,
                c -> {
                    for (String id : dueIds(c, nowMillis)) {
                        String token = UUID.randomUUID().toString();
                        int taken =
                                Sql.update(
                                        c,
                                        "UPDATE "
                                                + table
                                                + " SET state = 'claimed', claim_token = ?, due_at"
                                                + " = ?, attempts = attempts + 1 WHERE id = ? AND"
                                                + " state IN ('pending', 'claimed') AND due_at <="
                                                + " ?",
                                        token,
                                        until,
                                        id,
                                        nowMillis);
                        if (taken == 1) {
                            Optional<InboxEntry> entry = read(c, id, token);
                            if (entry.isPresent()) {
                                return entry;
                            }
                        }
                    }
                    return Optional.empty();
                });
    }

    @Override
    public void complete(InboxEntry entry) {
        Sql.run(
                dataSource,
                "completing in " + table,
                c ->
                        Sql.update(
                                c,
                                "DELETE FROM " + table + " WHERE id = ? AND claim_token = ?",
                                entry.id(),
                                entry.claimToken()));
    }

    @Override
    public void fail(InboxEntry entry, Instant retryAt) {
        long at = retryAt.toEpochMilli();
        Sql.run(
                dataSource,
                "rescheduling in " + table,
                c ->
                        Sql.update(
                                c,
                                "UPDATE "
                                        + table
                                        + " SET state = 'pending', claim_token = NULL, due_at = ?"
                                        + " WHERE id = ? AND claim_token = ?",
                                at,
                                entry.id(),
                                entry.claimToken()));
    }

    @Override
    public void giveUp(InboxEntry entry) {
        Sql.run(
                dataSource,
                "giving up in " + table,
                c ->
                        Sql.update(
                                c,
                                "UPDATE "
                                        + table
                                        + " SET state = 'dead', claim_token = NULL"
                                        + " WHERE id = ? AND claim_token = ?",
                                entry.id(),
                                entry.claimToken()));
    }

    private List<String> dueIds(Connection c, long nowMillis) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT id FROM "
                                + table
                                + " WHERE state IN ('pending', 'claimed')"
                                + " AND due_at <= ? ORDER BY due_at LIMIT "
                                + CANDIDATES)) {
            s.setLong(1, nowMillis);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private Optional<InboxEntry> read(Connection c, String id, String token) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT body, event_id, received_at, attempts FROM "
                                + table
                                + " WHERE id = ? AND claim_token = ?")) {
            s.setString(1, id);
            s.setString(2, token);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty(); // lost it again already: only with a tiny lease
                }
                return Optional.of(
                        new InboxEntry(
                                id,
                                token,
                                rs.getBytes(1),
                                rs.getString(2),
                                Instant.ofEpochMilli(rs.getLong(3)),
                                rs.getInt(4)));
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcWebhookInbox[table=" + table + "]";
    }
}
