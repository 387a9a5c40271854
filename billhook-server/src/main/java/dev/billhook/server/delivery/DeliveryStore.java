package dev.billhook.server.delivery;

import dev.billhook.server.store.Database;
import dev.billhook.server.store.Tx;
import java.util.List;
import java.util.Optional;

/**
 * The {@code webhook_deliveries} queue: claiming due rows under a lease, and handing leases back.
 *
 * <p>Claiming is a conditional UPDATE that only succeeds while the row is still pending, due and
 * unleased (or its lease has expired). It needs no row locks or {@code SKIP LOCKED}, so it is the
 * same SQL on SQLite and PostgreSQL, and several nodes can drain one table: whoever's UPDATE
 * changes the row owns it until {@code lease_until}. A node that dies mid-attempt loses nothing;
 * its lease runs out and the row is claimed again (at-least-once). Only pending deliveries to
 * active endpoints are claimed: disabling an endpoint holds its queue, re-enabling resumes it.
 */
final class DeliveryStore {
    /** Due and unleased; binds {@code now} twice. */
    private static final String DUE = "status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)";

    private final Database db;

    DeliveryStore(Database db) {
        this.db = db;
    }

    /**
     * Claims the most overdue deliverable row for {@code owner} until {@code leaseUntil}. One
     * statement that writes first (on SQLite, a transaction that reads before it writes can fail
     * with SQLITE_BUSY when another writer slips in between) and names the row it took with
     * {@code RETURNING}, which SQLite (3.35+) and PostgreSQL both support. When two nodes race
     * for one row, the loser changes nothing and takes the next row on its next call.
     */
    Optional<DeliveryJob> claimNext(String owner, long now, long leaseUntil) {
        return db.inTransaction(tx -> tx.queryOne(
                "UPDATE webhook_deliveries SET lease_owner = ?, lease_until = ?"
                        + " WHERE " + DUE + " AND id = (SELECT id FROM webhook_deliveries WHERE " + DUE
                        + " AND endpoint_id IN (SELECT id FROM webhook_endpoints WHERE is_active = 1)"
                        + " ORDER BY next_attempt_at LIMIT 1) RETURNING id",
                row -> row.getString(1), owner, leaseUntil, now, now, now, now)
                .flatMap(id -> load(tx, id, owner)));
    }

    /** Claims one row by id inside {@code tx}, if it is still due and unleased. */
    static boolean claim(Tx tx, String deliveryId, String owner, long now, long leaseUntil) {
        return tx.update("UPDATE webhook_deliveries SET lease_owner = ?, lease_until = ? WHERE id = ? AND " + DUE,
                owner, leaseUntil, deliveryId, now, now) == 1;
    }

    /** The job for a row this owner holds. */
    static Optional<DeliveryJob> load(Tx tx, String deliveryId, String owner) {
        return tx.queryOne(
                "SELECT d.id, d.organization_id, d.lease_owner, d.attempt_count, v.id, v.type, v.created_at,"
                        + " v.payload, e.id, e.url, e.secret"
                        + " FROM webhook_deliveries d"
                        + " JOIN webhook_events v ON v.id = d.event_id"
                        + " JOIN webhook_endpoints e ON e.id = d.endpoint_id"
                        + " WHERE d.id = ? AND d.lease_owner = ?",
                row -> new DeliveryJob(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getString(5), row.getString(6), row.getLong(7), row.getString(8),
                        row.getString(9), row.getString(10), row.getString(11)),
                deliveryId, owner);
    }

    /**
     * Milliseconds until some row may become claimable (due, and its lease if any expired), or
     * {@code ceiling} if none is expected sooner. Never negative.
     */
    long millisUntilNextDue(long now, long ceiling) {
        List<Long> next = db.inTransaction(tx -> tx.query(
                "SELECT MIN(CASE WHEN d.lease_until IS NOT NULL AND d.lease_until > d.next_attempt_at"
                        + " THEN d.lease_until ELSE d.next_attempt_at END)"
                        + " FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id"
                        + " WHERE d.status = 'pending' AND e.is_active = 1",
                row -> {
                    Object value = row.getObject(1);
                    return value == null ? null : ((Number) value).longValue();
                }));
        Long at = next.isEmpty() ? null : next.get(0);
        return at == null ? ceiling : Math.max(0, Math.min(ceiling, at - now));
    }

    /** Hands a claimed row back untouched (shutdown before the attempt could be recorded). */
    void release(DeliveryJob job) {
        db.run(tx -> tx.update(
                "UPDATE webhook_deliveries SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
                job.deliveryId(), job.leaseOwner()));
    }
}
