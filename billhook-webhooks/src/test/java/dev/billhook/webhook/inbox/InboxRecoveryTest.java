package dev.billhook.webhook.inbox;

import static dev.billhook.webhook.inbox.InboxFixture.deliver;
import static dev.billhook.webhook.inbox.InboxFixture.event;
import static dev.billhook.webhook.inbox.InboxFixture.eventually;
import static dev.billhook.webhook.inbox.InboxFixture.rows;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;

import dev.billhook.webhook.Payloads;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookVerifier;
import dev.billhook.webhook.dedup.JdbcProcessedEvents;
import dev.billhook.webhook.store.TestClock;
import dev.billhook.webhook.store.TestDatabase;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A crash after the 202 loses nothing: the next process, on the same database, handles it. */
class InboxRecoveryTest {
    @TempDir Path dir;
    private final TestClock clock = new TestClock();
    private final List<String> handled = new CopyOnWriteArrayList<>();

    private WebhookDispatcher receiver(HikariDataSource pool, WebhookInbox inbox) {
        return WebhookDispatcher.builder(
                        WebhookVerifier.builder().secret(Payloads.SECRET).clock(clock).build())
                .queueTo(inbox)
                .deduplicateWith(JdbcProcessedEvents.create(pool))
                .onEvent(event -> handled.add(event.id()))
                .build();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEventAcceptedBeforeACrashIsProcessedAfterTheRestart(TestDatabase db) throws Exception {
        TestDatabase.Location location = db.create(dir);
        try (HikariDataSource first = location.open()) {
            JdbcWebhookInbox inbox = JdbcWebhookInbox.create(first);
            assertThat(deliver(receiver(first, inbox), event("whev_r1")).status()).isEqualTo(202);
            // The process dies here: a processor was started but never got to the entry.
            InboxProcessor.builder(inbox, receiver(first, inbox))
                    .pollInterval(Duration.ofHours(1))
                    .clock(TestClock.fixed(clock.instant().minusSeconds(60), clock.getZone()))
                    .build()
                    .start()
                    .close();
        }
        assertThat(handled).isEmpty();

        try (HikariDataSource second = location.open()) {
            JdbcWebhookInbox inbox = JdbcWebhookInbox.create(second);
            try (InboxProcessor processor =
                    InboxProcessor.builder(inbox, receiver(second, inbox))
                            .clock(clock)
                            .pollInterval(Duration.ofMillis(20))
                            .build()
                            .start()) {
                eventually(() -> handled.size() == 1 && rows(second, "pending") == 0);
            }
        }
        assertThat(handled).containsExactly("whev_r1");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEntryClaimedByAWorkerThatDiedComesBackWhenItsLeaseExpires(TestDatabase db) {
        TestDatabase.Location location = db.create(dir);
        try (HikariDataSource first = location.open()) {
            JdbcWebhookInbox inbox = JdbcWebhookInbox.create(first);
            deliver(receiver(first, inbox), event("whev_r2"));
            // A worker claims it with a one-minute lease, then the process is killed.
            assertThat(inbox.claimNext(clock.instant(), Duration.ofMinutes(1))).isPresent();
        }

        try (HikariDataSource second = location.open()) {
            JdbcWebhookInbox inbox = JdbcWebhookInbox.create(second);
            InboxProcessor restarted =
                    InboxProcessor.builder(inbox, receiver(second, inbox)).clock(clock).build();

            assertThat(restarted.processNext()).as("still leased to the dead worker").isFalse();
            clock.advance(Duration.ofMinutes(1));
            assertThat(restarted.processNext()).isTrue();
        }
        assertThat(handled).containsExactly("whev_r2");
    }
}
