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
 * <p>SQLite (the embedded default) runs in WAL mode. Its write transactions begin with
 * {@code BEGIN IMMEDIATE}, so a read-then-write transaction queues on the busy timeout instead of
 * failing on a lock upgrade; read-only work ({@link #read}) begins deferred and never waits for a
 * writer. The begin is issued per transaction, not through the driver's {@code transaction_mode},
 * because the driver opens its next transaction as soon as the last one ends: every idle pooled
 * connection would then sit on the write lock. PostgreSQL is the choice when several nodes share
 * one state. Thread-safe.
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
        HikariDataSource pool = new HikariDataSource(poolConfig(dialect, jdbcUrl, user, password));
        try {
            Flyway.configure().dataSource(pool).locations(dialect.migrationLocations()).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        log.info("database open dialect={} url={}", dialect, Redaction.jdbcUrl(jdbcUrl));
        return new Database(pool, dialect);
    }

    private static HikariConfig poolConfig(Dialect dialect, String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("billhook-db");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        if (dialect == Dialect.SQLITE) {
            // sqlite-jdbc reads these driver properties by their PRAGMA names. Auto-commit stays on:
            // transactions are begun explicitly (see the class comment).
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MILLIS));
            config.addDataSourceProperty("foreign_keys", "true");
            // One writer at a time is all SQLite allows; a few connections keep readers moving.
            config.setMaximumPoolSize(4);
        } else {
            config.setAutoCommit(false);
            config.setMaximumPoolSize(10);
        }
        return config;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(TxWork<T> work) {
        return transaction(work, true);
    }

    /**
     * {@link #inTransaction} for work that only reads: on SQLite it does not take the write lock,
     * so it neither waits for writers nor holds them up. Writing in it fails on SQLite only when
     * another writer is active, so never write here.
     */
    public <T> T read(TxWork<T> work) {
        return transaction(work, false);
    }

    /** {@link #inTransaction} for work with no result. */
    public void run(TxAction action) {
        inTransaction(tx -> {
            action.run(tx);
            return null;
        });
    }

    private <T> T transaction(TxWork<T> work, boolean writes) {
        List<Runnable> afterCommit;
        T result;
        Connection connection = borrow();
        try {
            Transactions transactions = new Transactions(connection, dialect);
            transactions.begin(writes);
            Tx tx = new Tx(connection, dialect);
            try {
                result = work.run(tx);
                transactions.commit();
            } catch (RuntimeException | Error | SQLException e) {
                if (!transactions.rollbackQuietly(e)) {
                    // A connection that can neither commit nor roll back must not serve anyone else.
                    pool.evictConnection(connection);
                }
                throw e;
            }
            afterCommit = tx.afterCommitWork();
        } catch (SQLException e) {
            throw new StoreException("transaction failed", e);
        } finally {
            closeQuietly(connection);
        }
        for (Runnable hook : afterCommit) hook.run();
        return result;
    }

    private Connection borrow() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("no database connection available", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing a database connection failed", e);
        }
    }

    @Override
    public void close() {
        pool.close();
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
