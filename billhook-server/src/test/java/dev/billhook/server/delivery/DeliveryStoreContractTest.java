package dev.billhook.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.server.account.Organization;
import dev.billhook.server.account.Organizations;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.TestPostgres;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lease claim on SQLite and a real PostgreSQL: rows are handed out once each even when
 * several "nodes" race, live leases are respected, expired ones are taken over.
 */
class DeliveryStoreContractTest {

    static Stream<Arguments> dialects() throws Exception {
        return Stream.of(
                Arguments.of("sqlite", "jdbc:sqlite:" + Files.createTempDirectory("claims").resolve("t.db")),
                Arguments.of("postgresql", TestPostgres.newDatabaseUrl()));
    }

    private static Database open(String url) {
        return url.startsWith("jdbc:postgresql:") ? Database.open(url, "postgres", "postgres") : Database.open(url, null, null);
    }

    /** An org with one active endpoint and {@code count} due deliveries; returns the outbox's org. */
    private static Organization seed(Database db, int count, Outbox outbox) {
        Organization org = new Organizations(db, Clock.systemUTC()).create("Claims", "sandbox").organization();
        db.run(tx -> tx.update("INSERT INTO webhook_endpoints (id, organization_id, url, events, is_active, secret,"
                + " consecutive_failures, created_at, updated_at) VALUES ('whep_1', ?, 'http://127.0.0.1:9/', ?, 1,"
                + " 'whsec_dGVzdA==', 0, 0, 0)", org.id(), "[\"invoice.created\"]"));
        db.run(tx -> {
            for (int i = 0; i < count; i++) outbox.publish(tx, org, "invoice.created", Map.of("n", i));
        });
        return org;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void racingNodesClaimEveryRowExactlyOnce(String dialect, String url) throws Exception {
        try (Database db = open(url)) {
            seed(db, 60, new Outbox(Clock.systemUTC(), new DeliveryWakeup()));
            long now = System.currentTimeMillis() + 1;
            Set<String> claimed = ConcurrentHashMap.newKeySet();
            List<String> duplicates = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> nodes = new ArrayList<>();
            for (int n = 0; n < 6; n++) {
                DeliveryStore node = new DeliveryStore(db); // each thread a separate "node"
                String name = "node" + n;
                nodes.add(pool.submit(() -> {
                    int misses = 0;
                    while (misses < 20) {
                        Optional<DeliveryJob> job = node.claimNext(name + "/" + System.nanoTime(), now, now + 60_000);
                        if (job.isEmpty()) {
                            misses++;
                        } else if (!claimed.add(job.get().deliveryId())) {
                            synchronized (duplicates) {
                                duplicates.add(job.get().deliveryId());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> node : nodes) node.get();
            pool.shutdown();
            assertThat(duplicates).isEmpty();
            assertThat(claimed).hasSize(60);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void liveLeasesAreRespectedAndExpiredOnesTakenOver(String dialect, String url) {
        try (Database db = open(url)) {
            seed(db, 1, new Outbox(Clock.systemUTC(), new DeliveryWakeup()));
            DeliveryStore store = new DeliveryStore(db);
            long now = System.currentTimeMillis() + 1;
            DeliveryJob first = store.claimNext("a", now, now + 1_000).orElseThrow();
            assertThat(first.leaseOwner()).isEqualTo("a");
            assertThat(first.payload()).contains("\"event\":\"invoice.created\"");
            assertThat(store.claimNext("b", now + 999, now + 2_000)).isEmpty();
            assertThat(store.millisUntilNextDue(now, 60_000)).isEqualTo(1_000);
            DeliveryJob second = store.claimNext("b", now + 1_001, now + 2_000).orElseThrow();
            assertThat(second.deliveryId()).isEqualTo(first.deliveryId());

            store.release(first); // the stale holder cannot hand back b's lease
            assertThat(store.claimNext("c", now + 1_002, now + 3_000)).isEmpty();
            store.release(second);
            assertThat(store.claimNext("c", now + 1_002, now + 3_000)).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void deliveriesToInactiveEndpointsAreHeld(String dialect, String url) {
        try (Database db = open(url)) {
            seed(db, 1, new Outbox(Clock.systemUTC(), new DeliveryWakeup()));
            db.run(tx -> tx.update("UPDATE webhook_endpoints SET is_active = 0"));
            DeliveryStore store = new DeliveryStore(db);
            long now = System.currentTimeMillis() + 1;
            assertThat(store.claimNext("a", now, now + 1_000)).isEmpty();
            assertThat(store.millisUntilNextDue(now, 750)).isEqualTo(750);
        }
    }
}
