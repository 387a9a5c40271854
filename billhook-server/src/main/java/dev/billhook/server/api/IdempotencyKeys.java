package dev.billhook.server.api;

import dev.billhook.server.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Remembers the first response to each {@code Idempotency-Key}, per organization, so a client that
 * retries a POST after a lost response gets the same answer instead of a second subscription.
 * Reusing a key for a different request is a 409. Server errors (5xx) are not remembered: the
 * retry should run again.
 */
final class IdempotencyKeys {
    record Stored(String requestHash, int status, String body) {}

    private final Database db;
    private final Clock clock;

    IdempotencyKeys(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Optional<Stored> find(String organizationId, String key) {
        return db.inTransaction(tx -> tx.queryOne(
                "SELECT request_hash, response_status, response_body FROM idempotency_keys"
                        + " WHERE organization_id = ? AND idem_key = ?",
                row -> new Stored(row.getString(1), row.getInt(2), row.getString(3)),
                organizationId, key));
    }

    void remember(String organizationId, String key, String method, String path, String requestHash,
                  int status, String body) {
        if (status >= 500) return;
        db.run(tx -> {
            boolean taken = tx.queryOne("SELECT 1 FROM idempotency_keys WHERE organization_id = ? AND idem_key = ?",
                    row -> 1, organizationId, key).isPresent();
            if (taken) return; // a concurrent twin got there first; its answer stands
            tx.update("INSERT INTO idempotency_keys (organization_id, idem_key, method, path, request_hash,"
                            + " response_status, response_body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    organizationId, key, method, path, requestHash, status, body, clock.millis());
        });
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
