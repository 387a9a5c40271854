package dev.billhook.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same behaviour on every dialect: migrations, commit and rollback, after-commit hooks, types. */
class DatabaseContractTest {

    static Stream<Arguments> dialects() throws Exception {
        return Stream.of(
                Arguments.of(Dialect.SQLITE, "jdbc:sqlite:" + Files.createTempDirectory("contract").resolve("t.db")),
                Arguments.of(Dialect.POSTGRESQL, TestPostgres.newDatabaseUrl()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void migratesAndRoundTripsTheColumnTypes(Dialect dialect, String url) {
        try (Database db = open(url)) {
            assertThat(db.dialect()).isEqualTo(dialect);
            db.run(tx -> tx.update("INSERT INTO organizations (id, name, mode, created_at) VALUES (?, ?, ?, ?)",
                    "org_1", "Näme ✓", "sandbox", 1_767_225_600_123L));
            db.run(tx -> tx.update("INSERT INTO test_clocks (organization_id, simulated_time) VALUES (?, ?)", "org_1", null));
            var row = db.inTransaction(tx -> tx.queryOne(
                    "SELECT o.name, o.created_at, o.next_invoice_number, c.simulated_time FROM organizations o"
                            + " JOIN test_clocks c ON c.organization_id = o.id",
                    r -> new Object[] {r.getString(1), r.getLong(2), r.getLong(3), r.getObject(4)})).orElseThrow();
            assertThat(row).containsExactly("Näme ✓", 1_767_225_600_123L, 1L, null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void rollsBackOnExceptionAndRunsAfterCommitHooksOnlyOnCommit(Dialect dialect, String url) {
        try (Database db = open(url)) {
            AtomicInteger hooks = new AtomicInteger();
            assertThatThrownBy(() -> db.run(tx -> {
                tx.update("INSERT INTO organizations (id, name, mode, created_at) VALUES ('org_x', 'x', 'sandbox', 0)");
                tx.afterCommit(hooks::incrementAndGet);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(hooks).hasValue(0);
            assertThat(count(db)).isZero();

            db.run(tx -> {
                tx.update("INSERT INTO organizations (id, name, mode, created_at) VALUES ('org_y', 'y', 'sandbox', 0)");
                tx.afterCommit(hooks::incrementAndGet);
            });
            assertThat(hooks).hasValue(1);
            assertThat(count(db)).isOne();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void storesBooleansAsIntegers(Dialect dialect, String url) {
        try (Database db = open(url)) {
            db.run(tx -> {
                tx.update("INSERT INTO organizations (id, name, mode, created_at) VALUES ('org_b', 'b', 'sandbox', 0)");
                tx.update("INSERT INTO plans (id, organization_id, code, name, is_public, is_default, is_free, sort_order,"
                        + " created_at, updated_at) VALUES ('pln_1', 'org_b', 'c', 'n', ?, ?, ?, 0, 0, 0)", true, false, true);
            });
            var flags = db.inTransaction(tx -> tx.queryOne(
                    "SELECT is_public, is_default, is_free FROM plans WHERE is_public = ?",
                    r -> new int[] {r.getInt(1), r.getInt(2), r.getInt(3)}, true)).orElseThrow();
            assertThat(flags).containsExactly(1, 0, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void reopeningAMigratedDatabaseIsANoOp(Dialect dialect, String url) {
        open(url).close();
        try (Database again = open(url)) {
            assertThat(count(again)).isZero();
        }
    }

    @org.junit.jupiter.api.Test
    void sqliteRunsInWalModeWithABusyTimeoutAndForeignKeys() throws Exception {
        String url = "jdbc:sqlite:" + Files.createTempDirectory("pragmas").resolve("t.db");
        try (Database db = open(url)) {
            var pragmas = db.inTransaction(tx -> java.util.List.of(
                    tx.queryOne("PRAGMA journal_mode", r -> r.getString(1)).orElseThrow(),
                    tx.queryOne("PRAGMA busy_timeout", r -> r.getString(1)).orElseThrow(),
                    tx.queryOne("PRAGMA foreign_keys", r -> r.getString(1)).orElseThrow()));
            assertThat(pragmas).containsExactly("wal", "10000", "1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void concurrentReadThenWriteTransactionsAllCommitWithoutLostUpdates(Dialect dialect, String url) throws Exception {
        try (Database db = open(url)) {
            db.run(tx -> tx.update("INSERT INTO organizations (id, name, mode, created_at) VALUES ('org_c', 'c', 'sandbox', 0)"));
            int threads = 4;
            int perThread = 50;
            var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        db.run(tx -> {
                            long next = tx.queryOne("SELECT next_invoice_number FROM organizations WHERE id = 'org_c'"
                                    + (dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : ""), r -> r.getLong(1)).orElseThrow();
                            tx.update("UPDATE organizations SET next_invoice_number = ? WHERE id = 'org_c'", next + 1);
                        });
                    }
                }));
            }
            for (var f : futures) f.get();
            pool.shutdown();
            long last = db.inTransaction(tx -> tx.queryOne(
                    "SELECT next_invoice_number FROM organizations WHERE id = 'org_c'", r -> r.getLong(1)).orElseThrow());
            assertThat(last).isEqualTo(1 + threads * perThread);
        }
    }

    @org.junit.jupiter.api.Test
    void anIdleSqlitePoolHoldsNoLockAfterItsTransactionsEnd() throws Exception {
        java.nio.file.Path file = Files.createTempDirectory("idle").resolve("t.db");
        try (Database db = open("jdbc:sqlite:" + file)) {
            db.run(tx -> tx.update("INSERT INTO organizations (id, name, mode, created_at) VALUES ('org_i', 'i', 'sandbox', 0)"));
            db.read(tx -> tx.queryOne("SELECT name FROM organizations", r -> r.getString(1)));
            // Another process (here: a raw connection that will not wait) must get the write lock at once.
            try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                 var statement = other.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 0");
                statement.execute("BEGIN IMMEDIATE");
                statement.execute("ROLLBACK");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aReadDoesNotWaitForAWriterInProgress(Dialect dialect, String url) throws Exception {
        try (Database db = open(url)) {
            db.run(tx -> tx.update("INSERT INTO organizations (id, name, mode, created_at) VALUES ('org_r', 'r', 'sandbox', 0)"));
            var writing = new java.util.concurrent.CountDownLatch(1);
            var release = new java.util.concurrent.CountDownLatch(1);
            Thread writer = new Thread(() -> db.run(tx -> {
                tx.update("UPDATE organizations SET name = 'changing' WHERE id = 'org_r'");
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            writer.start();
            writing.await();
            // The writer holds its transaction open until this read has finished: a read that waited would hang here.
            String seen = db.read(tx -> tx.queryOne("SELECT name FROM organizations WHERE id = 'org_r'", r -> r.getString(1)))
                    .orElseThrow();
            release.countDown();
            writer.join();
            assertThat(seen).isEqualTo("r");
        }
    }

    private static Database open(String url) {
        return url.startsWith("jdbc:postgresql:") ? Database.open(url, "postgres", "postgres") : Database.open(url, null, null);
    }

    private static long count(Database db) {
        return db.inTransaction(tx -> tx.queryOne("SELECT COUNT(*) FROM organizations", r -> r.getLong(1)).orElseThrow());
    }
}
