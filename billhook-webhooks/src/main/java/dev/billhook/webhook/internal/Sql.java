package dev.billhook.webhook.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * The little JDBC plumbing the SDK's stores share: one connection per operation, committed whatever
 * the pool's auto-commit setting, and {@link SQLException} turned unchecked.
 *
 * <p>Every statement the stores issue is a single atomic statement, so a pool with auto-commit on
 * (HikariCP's default) needs nothing more; with it off, each operation is committed here.
 */
public final class Sql {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private Sql() {}

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on a connection from {@code dataSource} and commits it.
     *
     * @param what what is being done, for the exception message (never values)
     * @throws IllegalStateException wrapping the {@link SQLException}, after a rollback
     */
    public static <T> T run(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean manual = !c.getAutoCommit();
            try {
                T result = work.run(c);
                if (manual) {
                    c.commit();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                if (manual) {
                    try {
                        c.rollback();
                    } catch (SQLException rollback) {
                        e.addSuppressed(rollback);
                    }
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Executes one statement with positional arguments: {@code byte[]} as bytes, null as a null
     * {@code VARCHAR}, anything else by {@code setObject}.
     *
     * @return the update count
     */
    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object arg = args[i];
                if (arg == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else if (arg instanceof byte[] bytes) {
                    s.setBytes(i + 1, bytes);
                } else {
                    s.setObject(i + 1, arg);
                }
            }
            return s.executeUpdate();
        }
    }

    /**
     * Runs each DDL statement; all are {@code IF NOT EXISTS}, so running them again is harmless.
     */
    public static void createIfMissing(DataSource dataSource, String what, String... ddl) {
        run(
                dataSource,
                what,
                c -> {
                    try (Statement s = c.createStatement()) {
                        for (String statement : ddl) {
                            s.execute(statement);
                        }
                    }
                    return null;
                });
    }

    /**
     * The column type for raw bytes: {@code BYTEA} on PostgreSQL, the standard {@code BLOB}
     * elsewhere (SQLite, H2, MySQL...). The one dialect difference in the stores' DDL.
     */
    public static String binaryType(DataSource dataSource) {
        String product =
                run(
                        dataSource,
                        "reading the database product name",
                        c -> c.getMetaData().getDatabaseProductName());
        return product.toLowerCase(Locale.ROOT).contains("postgres") ? "BYTEA" : "BLOB";
    }

    /**
     * {@code name}, if it is a plain SQL identifier; table names are spliced into SQL, so nothing
     * else is accepted.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static String identifier(String name) {
        Objects.requireNonNull(name, "table name");
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "table name must be letters, digits and underscores, not starting with a digit,"
                            + " at most 63 characters");
        }
        return name;
    }
}
