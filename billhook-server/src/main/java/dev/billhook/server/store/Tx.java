package dev.billhook.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One database transaction. Statements take positional {@code ?} parameters; values are bound
 * with {@link PreparedStatement#setObject}, so pass {@code Long}, {@code Integer}, {@code String},
 * {@code Boolean} or {@code null}. Booleans are stored as 0/1 integers on every dialect.
 *
 * <p>Not thread-safe: a transaction belongs to the thread running the {@link Database#inTransaction}
 * callback. Work registered with {@link #afterCommit} runs only if the transaction commits.
 */
public final class Tx {
    private final Connection connection;
    private final Dialect dialect;
    private final List<Runnable> afterCommit = new ArrayList<>();

    Tx(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the number of rows changed. */
    public int update(String sql, Object... args) {
        try (PreparedStatement statement = prepare(sql, args)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("update failed: " + sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try (PreparedStatement statement = prepare(sql, args);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) result.add(mapper.map(rows));
            return result;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + sql, e);
        }
    }

    /** The first row, if any. */
    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs {@code work} after this transaction commits (for example, waking delivery workers). */
    public void afterCommit(Runnable work) {
        afterCommit.add(work);
    }

    List<Runnable> afterCommitWork() {
        return afterCommit;
    }

    private PreparedStatement prepare(String sql, Object[] args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Boolean b) arg = b ? 1 : 0;
            statement.setObject(i + 1, arg);
        }
        return statement;
    }
}
