package dev.billhook.server.account;

import dev.billhook.server.store.Database;
import dev.billhook.server.store.Ids;
import dev.billhook.server.store.Tx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Organizations and their API keys. Keys are shown once, when issued, and stored only as a
 * SHA-256 hash: they are 32 random characters, so a fast hash is enough (there is nothing to
 * brute-force), and lookup by hash stays a single indexed query.
 */
public final class Organizations {
    public static final String API_KEY_PREFIX = "ck_";
    private static final int API_KEY_RANDOM_CHARS = 32;

    private final Database db;
    private final Clock clock;

    public Organizations(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A newly created organization with its API key in clear: the only time the key is known. */
    public record Provisioned(Organization organization, String apiKey) {}

    /** Creates the sandbox organization if the database has none; empty when one exists already. */
    public Optional<Provisioned> bootstrapSandbox() {
        return db.inTransaction(tx -> {
            boolean any = tx.queryOne("SELECT id FROM organizations", row -> row.getString(1)).isPresent();
            return any ? Optional.<Provisioned>empty() : Optional.of(create(tx, "Sandbox", "sandbox"));
        });
    }

    /** Creates an organization and its first API key (tests create several, to check isolation). */
    public Provisioned create(String name, String mode) {
        return db.inTransaction(tx -> create(tx, name, mode));
    }

    /** The organization that owns {@code apiKey}, if the key is known. */
    public Optional<Organization> authenticate(String apiKey) {
        if (apiKey == null || !apiKey.startsWith(API_KEY_PREFIX)) return Optional.empty();
        String hash = hash(apiKey);
        return db.read(tx -> tx.queryOne(
                "SELECT o.id, o.name, o.mode FROM api_keys k JOIN organizations o ON o.id = k.organization_id"
                        + " WHERE k.key_hash = ?",
                row -> new Organization(row.getString(1), row.getString(2), row.getString(3)),
                hash));
    }

    public Optional<Organization> find(String organizationId) {
        return db.read(tx -> tx.queryOne(
                "SELECT id, name, mode FROM organizations WHERE id = ?",
                row -> new Organization(row.getString(1), row.getString(2), row.getString(3)),
                organizationId));
    }

    private Provisioned create(Tx tx, String name, String mode) {
        long now = clock.millis();
        Organization org = new Organization(Ids.newId("org"), name, mode);
        tx.update("INSERT INTO organizations (id, name, mode, created_at) VALUES (?, ?, ?, ?)",
                org.id(), org.name(), org.mode(), now);
        String key = API_KEY_PREFIX + Ids.randomChars(API_KEY_RANDOM_CHARS);
        tx.update("INSERT INTO api_keys (id, organization_id, key_hash, key_prefix, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                Ids.newId("key"), org.id(), hash(key), key.substring(0, 7), now);
        return new Provisioned(org, key);
    }

    static String hash(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
