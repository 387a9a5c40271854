package dev.billhook.webhook.dedup;

import dev.billhook.webhook.internal.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * A {@link ProcessedEvents} in a SQL table, shared by every process using the same database. Works
 * on SQLite (3.24 or later) and PostgreSQL (9.5 or later) through plain {@code java.sql}.
 *
 * <p>{@link #create} creates the table if it is missing; to manage it with your own migrations, run
 * the same statement ({@link #ddl}) first:
 *
 * <pre>{@code
 * CREATE TABLE IF NOT EXISTS billhook_processed_events (
 *     event_id     VARCHAR(255) PRIMARY KEY,
 *     state        VARCHAR(16)  NOT NULL,   -- 'claimed' or 'processed'
 *     claim_token  VARCHAR(36),             -- null once processed
 *     lease_until  BIGINT       NOT NULL    -- epoch ms; for 'processed', when it was processed
 * )
 * }</pre>
 *
 * <p>A claim is one {@code INSERT ... ON CONFLICT DO NOTHING}; if the row exists, one conditional
 * {@code UPDATE} takes it over only if it is an expired claim. Each is a single atomic statement on
 * both databases, so concurrent claims from any number of processes get exactly one winner. Times
 * come from this object's {@link Clock}, not the database's, so keep the clocks of processes
 * sharing a table in sync (NTP) to well within the lease.
 *
 * <p>Rows of processed events are kept until {@link #deleteProcessedBefore}; call it from a daily
 * job with a cutoff well beyond the sender's retry window (about 8 hours, SPEC section 3).
 *
 * <p>Thread-safe. Each method uses one pooled connection briefly and throws {@link
 * IllegalStateException} wrapping the {@link SQLException} if the database fails. On SQLite, set a
 * busy timeout on the connections (e.g. {@code busy_timeout=5000}) so concurrent writers wait
 * instead of failing.
 */
public final class JdbcProcessedEvents implements ProcessedEvents {
    /** The table {@link #create(DataSource)} uses. */
    public static final String DEFAULT_TABLE = "billhook_processed_events";

    private static final int MAX_CLAIM_ROUNDS = 3;

    private final DataSource dataSource;
    private final String table;
    private final Clock clock;
    private final String insertClaim;
    private final String takeOverExpired;
    private final String selectState;
    private final String markUpdate;
    private final String markInsert;
    private final String deleteClaim;
    private final String deleteProcessed;

    private JdbcProcessedEvents(DataSource dataSource, String table, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = Sql.identifier(table);
        this.clock = Objects.requireNonNull(clock, "clock");
        String columns = " (event_id, state, claim_token, lease_until)";
        insertClaim =
                "INSERT INTO "
                        + table
                        + columns
                        + " VALUES (?, 'claimed', ?, ?) ON CONFLICT (event_id) DO NOTHING";
        takeOverExpired =
                "UPDATE "
                        + table
                        + " SET claim_token = ?, lease_until = ?"
                        + " WHERE event_id = ? AND state = 'claimed' AND lease_until <= ?";
        selectState = "SELECT state FROM " + table + " WHERE event_id = ?";
        markUpdate =
                "UPDATE "
                        + table
                        + " SET state = 'processed', claim_token = NULL,"
                        + " lease_until = ? WHERE event_id = ?";
        markInsert =
                "INSERT INTO "
                        + table
                        + columns
                        + " VALUES (?, 'processed', NULL, ?) ON CONFLICT (event_id) DO NOTHING";
        deleteClaim =
                "DELETE FROM "
                        + table
                        + " WHERE event_id = ? AND claim_token = ? AND state = 'claimed'";
        deleteProcessed = "DELETE FROM " + table + " WHERE state = 'processed' AND lease_until < ?";
    }

    /** A store in {@link #DEFAULT_TABLE}, created if missing, on the system clock. */
    public static JdbcProcessedEvents create(DataSource dataSource) {
        return create(dataSource, DEFAULT_TABLE, Clock.systemUTC());
    }

    /**
     * A store in {@code table}, created if missing, reading leases off {@code clock}.
     *
     * @throws IllegalArgumentException if {@code table} is not a plain SQL identifier
     * @throws IllegalStateException if the table cannot be created
     */
    public static JdbcProcessedEvents create(DataSource dataSource, String table, Clock clock) {
        JdbcProcessedEvents store = new JdbcProcessedEvents(dataSource, table, clock);
        Sql.createIfMissing(dataSource, "creating " + store.table, ddl(store.table));
        return store;
    }

    /** The {@code CREATE TABLE IF NOT EXISTS} statement for {@code table}. */
    public static String ddl(String table) {
        return "CREATE TABLE IF NOT EXISTS "
                + Sql.identifier(table)
                + " (event_id VARCHAR(255) PRIMARY KEY, state VARCHAR(16) NOT NULL,"
                + " claim_token VARCHAR(36), lease_until BIGINT NOT NULL)";
    }

    @Override
    public Claim claim(String eventId, Duration lease) {
        Leases.check(eventId, lease);
        return Sql.run(dataSource, "claiming an event in " + table, c -> claim(c, eventId, lease));
    }

    private Claim claim(Connection c, String eventId, Duration lease) throws SQLException {
        for (int round = 0; round < MAX_CLAIM_ROUNDS; round++) {
            Instant now = clock.instant();
            long until = now.plus(lease).toEpochMilli();
            String token = UUID.randomUUID().toString();
            if (Sql.update(c, insertClaim, eventId, token, until) == 1) {
                return new Claim.Claimed(eventId, token);
            }
            // The row exists. Take it over only if it is a claim whose owner let the lease lapse.
            if (Sql.update(c, takeOverExpired, token, until, eventId, now.toEpochMilli()) == 1) {
                return new Claim.Claimed(eventId, token);
            }
            String state = state(c, eventId);
            if ("processed".equals(state)) {
                return new Claim.AlreadyProcessed(eventId);
            }
            if ("claimed".equals(state)) {
                return new Claim.InProgress(eventId);
            }
            // Released between our statements: go round again, the insert should win now.
        }
        return new Claim.InProgress(eventId);
    }

    @Override
    public void markProcessed(Claim.Claimed claim) {
        long now = clock.millis();
        Sql.run(
                dataSource,
                "marking an event processed in " + table,
                c -> {
                    // Whoever holds the row now, these handlers did run: the event is processed.
                    if (Sql.update(c, markUpdate, now, claim.eventId()) == 0) {
                        Sql.update(c, markInsert, claim.eventId(), now);
                    }
                    return null;
                });
    }

    @Override
    public void release(Claim.Claimed claim) {
        Sql.run(
                dataSource,
                "releasing a claim in " + table,
                c -> Sql.update(c, deleteClaim, claim.eventId(), claim.token()));
    }

    /**
     * Forgets events processed before {@code cutoff}; a later redelivery of one runs its handlers
     * again. Claims are not touched.
     *
     * @return how many rows were deleted
     */
    public int deleteProcessedBefore(Instant cutoff) {
        long millis = cutoff.toEpochMilli();
        return Sql.run(
                dataSource,
                "deleting old processed events from " + table,
                c -> Sql.update(c, deleteProcessed, millis));
    }

    private String state(Connection c, String eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(selectState)) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcProcessedEvents[table=" + table + "]";
    }
}
