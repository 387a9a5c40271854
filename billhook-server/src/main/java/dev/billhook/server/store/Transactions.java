package dev.billhook.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Begin, commit and roll back on one connection, per dialect. SQLite runs in auto-commit mode
 * and gets explicit statements ({@code BEGIN IMMEDIATE} for writers, a deferred {@code BEGIN}
 * for readers); PostgreSQL uses JDBC's own transaction calls.
 */
final class Transactions {
    private final Connection connection;
    private final Dialect dialect;

    Transactions(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    void begin(boolean writes) throws SQLException {
        if (dialect == Dialect.SQLITE) execute(writes ? "BEGIN IMMEDIATE" : "BEGIN");
    }

    void commit() throws SQLException {
        if (dialect == Dialect.SQLITE) execute("COMMIT");
        else connection.commit();
    }

    /** Rolls back; false if even that failed (the connection is then unusable). */
    boolean rollbackQuietly(Throwable cause) {
        try {
            if (dialect == Dialect.SQLITE) execute("ROLLBACK");
            else connection.rollback();
            return true;
        } catch (SQLException e) {
            // SQLite may have ended the transaction itself (a failed COMMIT can): nothing to undo.
            if (dialect == Dialect.SQLITE && String.valueOf(e.getMessage()).contains("no transaction is active")) {
                return true;
            }
            cause.addSuppressed(e);
            return false;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
