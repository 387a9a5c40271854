package dev.billhook.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.server.store.Database;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reservation protocol on a real SQLite file, with a clock the test moves. */
class IdempotencyKeysTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };
    private Database db;
    private IdempotencyKeys keys;

    @BeforeEach
    void open() throws Exception {
        db = Database.openSqlite(Files.createTempDirectory("idem"));
        db.run(tx -> tx.update("INSERT INTO organizations (id, name, mode, created_at) VALUES ('org_1', 'o', 'sandbox', 0)"));
        keys = new IdempotencyKeys(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSecondClaimWhileTheFirstRunsIsInProgressAndAfterCompletionIsAReplay() {
        assertThat(keys.claim("org_1", "k", "POST", "/customers", "h1")).isInstanceOf(IdempotencyKeys.Claim.Claimed.class);
        assertThat(keys.claim("org_1", "k", "POST", "/customers", "h1")).isInstanceOf(IdempotencyKeys.Claim.InProgress.class);

        keys.complete("org_1", "k", 201, "{\"success\":true}");
        assertThat(keys.claim("org_1", "k", "POST", "/customers", "h1"))
                .isEqualTo(new IdempotencyKeys.Claim.Replay(201, "{\"success\":true}"));
    }

    @Test
    void theSameKeyForADifferentRequestIsAMismatch() {
        keys.claim("org_1", "k", "POST", "/customers", "h1");
        assertThat(keys.claim("org_1", "k", "POST", "/customers", "h2")).isInstanceOf(IdempotencyKeys.Claim.Mismatch.class);
    }

    @Test
    void aServerErrorReleasesTheKeySoTheRetryRuns() {
        keys.claim("org_1", "k", "POST", "/customers", "h1");
        keys.complete("org_1", "k", 500, "{}");
        assertThat(keys.claim("org_1", "k", "POST", "/customers", "h1")).isInstanceOf(IdempotencyKeys.Claim.Claimed.class);
    }

    @Test
    void aStaleReservationFromACrashedRequestCanBeClaimedAgain() {
        keys.claim("org_1", "k", "POST", "/customers", "h1");
        now.set(now.get().plus(IdempotencyKeys.RESERVATION_LEASE).plus(Duration.ofSeconds(1)));
        assertThat(keys.claim("org_1", "k", "POST", "/customers", "h1")).isInstanceOf(IdempotencyKeys.Claim.Claimed.class);
        assertThat(keys.claim("org_1", "k", "POST", "/customers", "h1")).isInstanceOf(IdempotencyKeys.Claim.InProgress.class);
    }

    @Test
    void keysAreScopedToTheirOrganization() {
        db.run(tx -> tx.update("INSERT INTO organizations (id, name, mode, created_at) VALUES ('org_2', 'o', 'sandbox', 0)"));
        keys.claim("org_1", "k", "POST", "/customers", "h1");
        assertThat(keys.claim("org_2", "k", "POST", "/customers", "h2")).isInstanceOf(IdempotencyKeys.Claim.Claimed.class);
    }
}
