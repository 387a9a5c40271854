package dev.billhook.webhook.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;

import dev.billhook.webhook.store.TestClock;
import dev.billhook.webhook.store.TestDatabase;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The {@link WebhookInbox} contract on the JDBC inbox, on both databases. */
class JdbcWebhookInboxTest {
    private static final Duration LEASE = Duration.ofMinutes(1);

    @TempDir Path dir;
    private final TestClock clock = new TestClock();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesTheExactBytesAndCountsAttempts(TestDatabase db) {
        try (HikariDataSource pool = db.create(dir).open()) {
            WebhookInbox inbox = JdbcWebhookInbox.create(pool);
            byte[] body = {'{', 0, (byte) 0xff, '\n', '}'}; // bytes, not text: nothing re-encoded
            String id = inbox.append(body, "whev_1", clock.instant());

            InboxEntry entry = inbox.claimNext(clock.instant(), LEASE).orElseThrow();

            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.body()).isEqualTo(body);
            assertThat(entry.eventId()).isEqualTo("whev_1");
            assertThat(entry.receivedAt()).isEqualTo(clock.instant());
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(inbox.claimNext(clock.instant(), LEASE)).isEmpty();

            inbox.fail(entry, clock.instant().plusSeconds(5));
            assertThat(inbox.claimNext(clock.instant().plusSeconds(4), LEASE)).isEmpty();
            InboxEntry again = inbox.claimNext(clock.instant().plusSeconds(5), LEASE).orElseThrow();
            assertThat(again.attempts()).isEqualTo(2);

            inbox.complete(again);
            assertThat(inbox.claimNext(clock.instant().plus(Duration.ofDays(1)), LEASE)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWorkerWhoseLeaseWasTakenOverCannotCompleteOrFailTheNewClaim(TestDatabase db) {
        try (HikariDataSource pool = db.create(dir).open()) {
            WebhookInbox inbox = JdbcWebhookInbox.create(pool);
            inbox.append(new byte[] {1}, null, clock.instant());
            InboxEntry slow = inbox.claimNext(clock.instant(), LEASE).orElseThrow();
            InboxEntry current = inbox.claimNext(clock.instant().plus(LEASE), LEASE).orElseThrow();

            inbox.complete(slow);
            inbox.giveUp(slow);

            inbox.fail(current, clock.instant());
            assertThat(inbox.claimNext(clock.instant().plus(LEASE), LEASE)).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentWorkersClaimEachEntryExactlyOnce(TestDatabase db) throws Exception {
        try (HikariDataSource pool = db.create(dir).open()) {
            WebhookInbox inbox = JdbcWebhookInbox.create(pool);
            Set<String> appended = new HashSet<>();
            for (int i = 0; i < 40; i++) {
                appended.add(inbox.append(new byte[] {(byte) i}, "whev_" + i, clock.instant()));
            }
            Set<String> claimed = ConcurrentHashMap.newKeySet();
            List<String> duplicates = new ArrayList<>();
            ExecutorService workers = Executors.newFixedThreadPool(6);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < 6; w++) {
                    done.add(
                            workers.submit(
                                    () -> {
                                        Optional<InboxEntry> next;
                                        while ((next = inbox.claimNext(clock.instant(), LEASE))
                                                .isPresent()) {
                                            if (!claimed.add(next.get().id())) {
                                                synchronized (duplicates) {
                                                    duplicates.add(next.get().id());
                                                }
                                            }
                                            inbox.complete(next.get());
                                        }
                                        return null;
                                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                workers.shutdownNow();
            }
            assertThat(duplicates).isEmpty();
            assertThat(claimed).isEqualTo(appended);
        }
    }
}
