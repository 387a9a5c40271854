package dev.billhook.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's database: a connection pool, migrated to the current schema on open.
 *
 * <p>SQLite (the embedded default) runs in WAL mode with every transaction begun IMMEDIATE, so
 * writers queue on the busy timeout instead of failing on a lock upgrade. PostgreSQL is the
 * choice when several nodes share one state. Thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;

    private final HikariDataSource pool;
    private final Dialect dialect;

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
    }

    /** Opens (creating if needed) the SQLite file {@code billhook.db} in {@code dataDir}. */
    public static Database openSqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create data directory " + dataDir, e);
        }
        return open("jdbc:sqlite:" + dataDir.resolve("billhook.db"), null, null);
    }

    /** Opens a database by JDBC URL ({@code jdbc:sqlite:…} or {@code jdbc:postgresql:…}). */
    public static Database open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.ofJdbcUrl(jdbcUrl);
        migrate(dialect, poolConfig(dialect, jdbcUrl, user, password, false));
        HikariDataSource pool = new HikariDataSource(poolConfig(dialect, jdbcUrl, user, password, true));
        log.info("database open dialect={} url={}", dialect, redact(jdbcUrl));
        return new Database(pool, dialect);
    }

    /**
     * Migrates on a pool of its own: Flyway reads and writes on more than one connection at a
     * time, which IMMEDIATE transactions would serialize into a wait on the busy timeout.
     */
    private static void migrate(Dialect dialect, HikariConfig config) {
        config.setPoolName("billhook-migrate");
        try (HikariDataSource migrations = new HikariDataSource(config)) {
            Flyway.configure().dataSource(migrations).locations(dialect.migrationLocations()).load().migrate();
        }
    }

    private static HikariConfig poolConfig(
            Dialect dialect, String jdbcUrl, String user, String password, boolean forApplication) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("billhook-db");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setAutoCommit(false);
        if (dialect == Dialect.SQLITE) {
            // sqlite-jdbc reads these driver properties by their PRAGMA names.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MILLIS));
            config.addDataSourceProperty("foreign_keys", "true");
            if (forApplication) {
                // Take the write lock at BEGIN: a read-then-write transaction can then never fail
                // on a lock upgrade, it waits its turn instead.
                config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            }
            // One writer at a time is all SQLite allows; a few connections keep readers moving.
            config.setMaximumPoolSize(4);
        } else {
            config.setMaximumPoolSize(10);
        }
        return config;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(TxWork<T> work) {
        List<Runnable> afterCommit;
        T result;
        try (Connection connection = pool.getConnection()) {
            Tx tx = new Tx(connection, dialect);
            try {
                result = work.run(tx);
                connection.commit();
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
            afterCommit = tx.afterCommitWork();
        } catch (SQLException e) {
            throw new StoreException("transaction failed", e);
        }
        for (Runnable hook : afterCommit) hook.run();
        return result;
    }

    /** {@link #inTransaction} for work with no result. */
    public void run(TxAction action) {
        inTransaction(tx -> {
            action.run(tx);
            return null;
        });
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @FunctionalInterface
    public interface TxWork<T> {
        T run(Tx tx);
    }

    @FunctionalInterface
    public interface TxAction {
        void run(Tx tx);
    }
}
