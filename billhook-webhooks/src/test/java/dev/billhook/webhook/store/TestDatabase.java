package dev.billhook.webhook.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.nio.file.Path;
import java.util.UUID;

/** The two databases the JDBC stores must work on, each as a fresh database per test. */
public enum TestDatabase {
    SQLITE,
    POSTGRESQL;

    /** A new, empty database of this kind; SQLite's file goes in {@code dir}. */
    public Location create(Path dir) {
        String url =
                this == SQLITE
                        ? "jdbc:sqlite:" + dir.resolve("sdk-" + UUID.randomUUID() + ".db")
                        : EmbeddedPostgresServer.newDatabase();
        return new Location(this, url);
    }

    /**
     * Where one test database lives. {@link #open} may be called again after closing a pool, to
     * play a restarted process reading the same data.
     */
    public record Location(TestDatabase kind, String jdbcUrl) {
        /** A new HikariCP pool on this database, auto-commit on (HikariCP's default). */
        public HikariDataSource open() {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setMaximumPoolSize(8);
            if (kind == SQLITE) {
                // sqlite-jdbc reads driver properties by their PRAGMA names. Without a busy
                // timeout, a second concurrent writer fails at once instead of waiting its turn.
                config.addDataSourceProperty("journal_mode", "WAL");
                config.addDataSourceProperty("busy_timeout", "10000");
            } else {
                config.setUsername("postgres");
                config.setPassword("postgres");
            }
            return new HikariDataSource(config);
        }
    }
}
