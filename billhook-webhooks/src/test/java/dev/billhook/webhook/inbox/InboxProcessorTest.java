package dev.billhook.webhook.inbox;

import static dev.billhook.webhook.inbox.InboxFixture.deliver;
import static dev.billhook.webhook.inbox.InboxFixture.event;
import static dev.billhook.webhook.inbox.InboxFixture.eventually;
import static dev.billhook.webhook.inbox.InboxFixture.rows;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;

import dev.billhook.webhook.Payloads;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.WebhookVerifier;
import dev.billhook.webhook.dedup.JdbcProcessedEvents;
import dev.billhook.webhook.store.TestClock;
import dev.billhook.webhook.store.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Asynchronous mode end to end: 202 at once, handlers later, retries, giving up; on both DBs. */
class InboxProcessorTest {
    @TempDir Path dir;
    private final TestClock clock = new TestClock();
    private final AtomicInteger runs = new AtomicInteger();
    private final List<InboxEntry> exhausted = new CopyOnWriteArrayList<>();
    private HikariDataSource pool;
    private InboxProcessor processor;

    @AfterEach
    void close() {
        if (processor != null) {
            processor.close();
        }
        InboxFixture.closeQuietly(pool);
    }

    /** A queueing, deduplicating dispatcher whose one handler fails its first {@code failures}. */
    private WebhookDispatcher dispatcher(WebhookInbox inbox, int failures) {
        return WebhookDispatcher.builder(
                        WebhookVerifier.builder().secret(Payloads.SECRET).clock(clock).build())
                .queueTo(inbox)
                .deduplicateWith(JdbcProcessedEvents.create(pool))
                .onEvent(
                        event -> {
                            if (runs.incrementAndGet() <= failures) {
                                throw new IllegalStateException("not yet");
                            }
                        })
                .onError((error, event) -> {})
                .build();
    }

    private InboxProcessor.Builder processorFor(WebhookInbox inbox, WebhookDispatcher dispatcher) {
        return InboxProcessor.builder(inbox, dispatcher)
                .clock(clock)
                .backoff(Duration.ofSeconds(10), Duration.ofMinutes(1))
                .onExhausted(exhausted::add);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void answers202AtOnceAndRunsTheHandlersInTheBackground(TestDatabase db) throws Exception {
        pool = db.create(dir).open();
        JdbcWebhookInbox inbox = JdbcWebhookInbox.create(pool);
        WebhookDispatcher dispatcher = dispatcher(inbox, 0);

        WebhookResponse response = deliver(dispatcher, event("whev_a"));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("{\"received\":true}");
        assertThat(runs).hasValue(0);
        assertThat(rows(pool, "pending")).isEqualTo(1);

        processor =
                InboxProcessor.builder(inbox, dispatcher)
                        .threads(2)
                        .pollInterval(Duration.ofMillis(20))
                        .build()
                        .start();
        eventually(() -> runs.get() == 1 && rows(pool, "pending") + rows(pool, "claimed") == 0);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aHandlerFailingTwiceIsRetriedAfterItsBackoffAndThenCompletes(TestDatabase db) {
        pool = db.create(dir).open();
        JdbcWebhookInbox inbox = JdbcWebhookInbox.create(pool);
        InboxProcessor manual = processorFor(inbox, dispatcher(inbox, 2)).build();
        assertThat(deliver(dispatcher(inbox, 2), event("whev_b")).status()).isEqualTo(202);

        assertThat(manual.processNext()).isTrue(); // attempt 1 fails
        clock.advance(Duration.ofSeconds(9));
        assertThat(manual.processNext()).as("not due before 10 s").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(manual.processNext()).isTrue(); // attempt 2 fails
        clock.advance(Duration.ofSeconds(19));
        assertThat(manual.processNext()).as("backoff doubled to 20 s").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(manual.processNext()).isTrue(); // attempt 3 succeeds

        assertThat(runs).hasValue(3);
        assertThat(rows(pool, "pending") + rows(pool, "claimed") + rows(pool, "dead")).isZero();
        assertThat(exhausted).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEntryThatExhaustsItsAttemptsIsGivenUpAndReported(TestDatabase db) {
        pool = db.create(dir).open();
        JdbcWebhookInbox inbox = JdbcWebhookInbox.create(pool);
        WebhookDispatcher dispatcher = dispatcher(inbox, Integer.MAX_VALUE);
        InboxProcessor manual = processorFor(inbox, dispatcher).maxAttempts(3).build();
        deliver(dispatcher, event("whev_c"));

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(manual.processNext()).isTrue();
            clock.advance(Duration.ofMinutes(5));
        }

        assertThat(manual.processNext()).isFalse();
        assertThat(runs).hasValue(3);
        assertThat(exhausted)
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.eventId()).isEqualTo("whev_c");
                            assertThat(entry.attempts()).isEqualTo(3);
                            assertThat(entry.body()).isEqualTo(Payloads.utf8(event("whev_c")));
                        });
        assertThat(rows(pool, "dead")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBodyThatNoLongerParsesIsGivenUpAtOnce(TestDatabase db) {
        pool = db.create(dir).open();
        JdbcWebhookInbox inbox = JdbcWebhookInbox.create(pool);
        InboxProcessor manual = processorFor(inbox, dispatcher(inbox, 0)).build();
        inbox.append(Payloads.utf8("{\"not\":\"an envelope\"}"), null, clock.instant());

        assertThat(manual.processNext()).isTrue();

        assertThat(exhausted).singleElement().extracting(InboxEntry::attempts).isEqualTo(1);
        assertThat(rows(pool, "dead")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoEntriesForOneEventRunTheHandlersOnce(TestDatabase db) {
        pool = db.create(dir).open();
        JdbcWebhookInbox inbox = JdbcWebhookInbox.create(pool);
        WebhookDispatcher dispatcher = dispatcher(inbox, 0);
        InboxProcessor manual = processorFor(inbox, dispatcher).build();
        deliver(dispatcher, event("whev_d"));
        deliver(dispatcher, event("whev_d")); // the sender retried: its first 202 was lost

        assertThat(manual.processNext()).isTrue();
        assertThat(manual.processNext()).isTrue();
        assertThat(manual.processNext()).isFalse();

        assertThat(runs).hasValue(1);
        assertThat(rows(pool, "pending") + rows(pool, "claimed")).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInboxThatCannotAppendAnswers500SoTheSenderRetries(TestDatabase db) {
        pool = db.create(dir).open();
        JdbcWebhookInbox inbox = JdbcWebhookInbox.create(pool);
        WebhookDispatcher dispatcher = dispatcher(inbox, 0);
        pool.close();

        assertThat(deliver(dispatcher, event("whev_e"))).isEqualTo(WebhookResponse.HANDLER_FAILED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMalformedDeliveryIsStill400AndNeverQueued(TestDatabase db) {
        pool = db.create(dir).open();
        JdbcWebhookInbox inbox = JdbcWebhookInbox.create(pool);

        WebhookResponse response = deliver(dispatcher(inbox, 0), "{\"id\":\"x\"}");

        assertThat(response).isEqualTo(WebhookResponse.INVALID_PAYLOAD);
        assertThat(rows(pool, "pending")).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void backoffNeverExceedsItsCap(TestDatabase db) {
        pool = db.create(dir).open();
        JdbcWebhookInbox inbox = JdbcWebhookInbox.create(pool);
        WebhookDispatcher dispatcher = dispatcher(inbox, Integer.MAX_VALUE);
        InboxProcessor manual = processorFor(inbox, dispatcher).maxAttempts(20).build();
        deliver(dispatcher, event("whev_f"));

        Instant before = clock.instant();
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(manual.processNext()).as("attempt %d", attempt).isTrue();
            clock.advance(Duration.ofMinutes(1)); // the cap: every retry is due by now
        }
        assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofMinutes(8));
    }
}
