package dev.billhook.webhook.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;

import dev.billhook.webhook.store.TestClock;
import dev.billhook.webhook.store.TestDatabase;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;

/** What only the JDBC store does: survive a restart, share a table, purge old rows. */
class JdbcProcessedEventsTest {
    private static final Duration LEASE = Duration.ofMinutes(1);

    @TempDir Path dir;
    private final TestClock clock = new TestClock();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void processedIdsSurviveARestartAndAreSharedBetweenProcesses(TestDatabase db) {
        TestDatabase.Location location = db.create(dir);
        try (HikariDataSource before = location.open()) {
            ProcessedEvents store = JdbcProcessedEvents.create(before, "dedup", clock);
            store.markProcessed((Claim.Claimed) store.claim("whev_1", LEASE));
            store.claim("whev_2", LEASE);
        }
        try (HikariDataSource after = location.open();
                HikariDataSource other = location.open()) {
            ProcessedEvents restarted = JdbcProcessedEvents.create(after, "dedup", clock);
            ProcessedEvents elsewhere = JdbcProcessedEvents.create(other, "dedup", clock);

            assertThat(restarted.claim("whev_1", LEASE)).isInstanceOf(Claim.AlreadyProcessed.class);
            assertThat(elsewhere.claim("whev_2", LEASE)).isInstanceOf(Claim.InProgress.class);
            clock.advance(LEASE);
            assertThat(elsewhere.claim("whev_2", LEASE)).isInstanceOf(Claim.Claimed.class);
            assertThat(restarted.claim("whev_2", LEASE)).isInstanceOf(Claim.InProgress.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void deleteProcessedBeforeForgetsOnlyOldProcessedRows(TestDatabase db) {
        try (HikariDataSource pool = db.create(dir).open()) {
            JdbcProcessedEvents store = JdbcProcessedEvents.create(pool, "dedup", clock);
            store.markProcessed((Claim.Claimed) store.claim("old", LEASE));
            clock.advance(Duration.ofHours(10));
            store.markProcessed((Claim.Claimed) store.claim("young", LEASE));
            store.claim("running", LEASE);

            assertThat(store.deleteProcessedBefore(clock.instant().minusSeconds(60))).isEqualTo(1);

            assertThat(store.claim("old", LEASE)).isInstanceOf(Claim.Claimed.class);
            assertThat(store.claim("young", LEASE)).isInstanceOf(Claim.AlreadyProcessed.class);
            assertThat(store.claim("running", LEASE)).isInstanceOf(Claim.InProgress.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void creatingTheTableTwiceIsHarmless(TestDatabase db) {
        try (HikariDataSource pool = db.create(dir).open()) {
            JdbcProcessedEvents.create(pool);
            ProcessedEvents again = JdbcProcessedEvents.create(pool);
            assertThat(again.claim("whev_1", LEASE)).isInstanceOf(Claim.Claimed.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseFailureIsAnIllegalStateExceptionNamingTheOperation(TestDatabase db) {
        HikariDataSource pool = db.create(dir).open();
        ProcessedEvents store = JdbcProcessedEvents.create(pool);
        pool.close();

        assertThatThrownBy(() -> store.claim("whev_1", LEASE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claiming an event in billhook_processed_events");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tableNamesMustBePlainIdentifiers(TestDatabase db) {
        try (HikariDataSource pool = db.create(dir).open()) {
            assertThatThrownBy(() -> JdbcProcessedEvents.create(pool, "x; DROP TABLE y", clock))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
