package dev.billhook.webhook.inbox;

import static dev.billhook.webhook.inbox.InboxFixture.deliver;
import static dev.billhook.webhook.inbox.InboxFixture.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;

import dev.billhook.webhook.Payloads;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.store.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Starting, stopping and configuring the processor. */
class InboxProcessorLifecycleTest {
    @TempDir Path dir;

    @Test
    void closeWaitsForTheRunningEntryThenStopsEveryThread() throws Exception {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        try (HikariDataSource pool = TestDatabase.SQLITE.create(dir).open()) {
            JdbcWebhookInbox inbox = JdbcWebhookInbox.create(pool);
            WebhookDispatcher dispatcher =
                    WebhookDispatcher.builder(Payloads.SECRET)
                            .queueTo(inbox)
                            .onEvent(
                                    event -> {
                                        entered.countDown();
                                        finish.await();
                                    })
                            .build();
            deliver(dispatcher, event("whev_l1"));
            InboxProcessor processor =
                    InboxProcessor.builder(inbox, dispatcher)
                            .threads(3)
                            .threadFactory(
                                    r -> {
                                        Thread t = new Thread(r, "test-inbox");
                                        threads.add(t);
                                        return t;
                                    })
                            .pollInterval(Duration.ofMillis(10))
                            .build()
                            .start();
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

            Thread closer = new Thread(processor::close);
            closer.start();
            closer.join(200);
            assertThat(closer.isAlive()).as("close waits for the busy worker").isTrue();
            finish.countDown();
            closer.join(10_000);

            assertThat(closer.isAlive()).isFalse();
            assertThat(threads).hasSize(3).noneMatch(Thread::isAlive);
            assertThat(InboxFixture.rows(pool, "pending") + InboxFixture.rows(pool, "claimed"))
                    .isZero();
            processor.close(); // idempotent
            assertThatThrownBy(processor::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void settingsAreValidatedAndSetOnce() {
        try (HikariDataSource pool = TestDatabase.SQLITE.create(dir).open()) {
            JdbcWebhookInbox inbox = JdbcWebhookInbox.create(pool);
            InboxProcessor.Builder builder =
                    InboxProcessor.builder(
                            inbox, WebhookDispatcher.builder(Payloads.SECRET).build());

            assertThatThrownBy(() -> builder.threads(0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> builder.lease(Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> builder.backoff(Duration.ofMinutes(1), Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class);
            builder.maxAttempts(3);
            assertThatThrownBy(() -> builder.maxAttempts(4))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
