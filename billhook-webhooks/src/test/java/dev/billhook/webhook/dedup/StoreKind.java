package dev.billhook.webhook.dedup;

import com.zaxxer.hikari.HikariDataSource;

import dev.billhook.webhook.store.TestDatabase;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@link ProcessedEvents} implementation, so each behaviour test runs against all of them (in
 * the manner of Caffeine's CacheSpec): the in-memory store, and the JDBC store on a real SQLite
 * file and a real PostgreSQL.
 */
enum StoreKind {
    MEMORY,
    SQLITE,
    POSTGRESQL;

    /** Opens stores and closes their pools afterwards; one per test. */
    static final class Opened implements AutoCloseable {
        private final List<HikariDataSource> pools = new ArrayList<>();
        private final Path dir;

        Opened(Path dir) {
            this.dir = dir;
        }

        /** A fresh, empty store of {@code kind} on {@code clock}. */
        ProcessedEvents open(StoreKind kind, Clock clock) {
            return switch (kind) {
                case MEMORY -> InMemoryProcessedEvents.create(10_000, Duration.ofDays(1), clock);
                case SQLITE -> jdbc(TestDatabase.SQLITE, clock);
                case POSTGRESQL -> jdbc(TestDatabase.POSTGRESQL, clock);
            };
        }

        private ProcessedEvents jdbc(TestDatabase db, Clock clock) {
            HikariDataSource pool = db.create(dir).open();
            pools.add(pool);
            return JdbcProcessedEvents.create(pool, JdbcProcessedEvents.DEFAULT_TABLE, clock);
        }

        @Override
        public void close() {
            pools.forEach(HikariDataSource::close);
        }
    }
}
