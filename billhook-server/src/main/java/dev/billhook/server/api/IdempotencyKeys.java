package dev.billhook.server.api;

import dev.billhook.server.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Remembers the first response to each {@code Idempotency-Key}, per organization, so a client that
 * retries a POST after a lost response gets the same answer instead of a second subscription.
 *
 * <p>The key is reserved before the request runs and completed after, each in its own committed
 * transaction. A request whose change committed but whose answer could not be stored leaves its
 * reservation in place, so a retry is refused (409) rather than run twice. A reservation older
 * than {@link #RESERVATION_LEASE} is taken to belong to a crashed request (its change rolled back
 * with it) and may be claimed again. Server errors (5xx) release the key: the retry should run.
 */
final class IdempotencyKeys {
    static final Duration RESERVATION_LEASE = Duration.ofSeconds(60);
    private static final int IN_PROGRESS = 0;

    /** What to do with a request carrying a key. */
    sealed interface Claim {
        /** The key is ours: run the request, then {@link #complete} or {@link #release} it. */
        record Claimed() implements Claim {}

        /** The same request was answered before: send this again. */
        record Replay(int status, String body) implements Claim {}

        /** The key was used for a different request. */
        record Mismatch() implements Claim {}

        /** The same request is running right now (or died moments ago). */
        record InProgress() implements Claim {}
    }

    private record Row(String requestHash, int status, String body, long createdAt) {}

    private final Database db;
    private final Clock clock;

    IdempotencyKeys(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Claim claim(String organizationId, String key, String method, String path, String requestHash) {
        return db.inTransaction(tx -> {
            long now = clock.millis();
            int inserted = tx.update("INSERT INTO idempotency_keys (organization_id, idem_key, method, path,"
                            + " request_hash, response_status, response_body, created_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)"
                            + " ON CONFLICT (organization_id, idem_key) DO NOTHING",
                    organizationId, key, method, path, requestHash, IN_PROGRESS, now);
            if (inserted == 1) return new Claim.Claimed();
            Row row = tx.queryOne("SELECT request_hash, response_status, response_body, created_at FROM idempotency_keys"
                            + " WHERE organization_id = ? AND idem_key = ?",
                    r -> new Row(r.getString(1), r.getInt(2), r.getString(3), r.getLong(4)),
                    organizationId, key).orElseThrow();
            if (!row.requestHash().equals(requestHash)) return new Claim.Mismatch();
            if (row.status() != IN_PROGRESS) return new Claim.Replay(row.status(), row.body());
            if (now - row.createdAt() < RESERVATION_LEASE.toMillis()) return new Claim.InProgress();
            // A stale reservation: the request that made it died before committing an answer.
            int taken = tx.update("UPDATE idempotency_keys SET created_at = ? WHERE organization_id = ? AND idem_key = ?"
                    + " AND response_status = ? AND created_at = ?", now, organizationId, key, IN_PROGRESS, row.createdAt());
            return taken == 1 ? new Claim.Claimed() : new Claim.InProgress();
        });
    }

    /** Stores the answer to a claimed key; 5xx answers release it instead. */
    void complete(String organizationId, String key, int status, String body) {
        if (status >= 500) {
            release(organizationId, key);
            return;
        }
        db.run(tx -> tx.update("UPDATE idempotency_keys SET response_status = ?, response_body = ?"
                + " WHERE organization_id = ? AND idem_key = ?", status, body, organizationId, key));
    }

    /** Forgets a claimed key whose request failed without an answer worth replaying. */
    void release(String organizationId, String key) {
        db.run(tx -> tx.update("DELETE FROM idempotency_keys WHERE organization_id = ? AND idem_key = ?"
                + " AND response_status = ?", organizationId, key, IN_PROGRESS));
    }

    static Optional<String> storedKey(String headerValue) {
        return headerValue == null || headerValue.isBlank() ? Optional.empty() : Optional.of(headerValue.trim());
    }

    static String requestHash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
