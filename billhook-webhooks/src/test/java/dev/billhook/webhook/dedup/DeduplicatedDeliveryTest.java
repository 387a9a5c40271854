package dev.billhook.webhook.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.HeaderLookup;
import dev.billhook.webhook.Payloads;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.store.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link WebhookDispatcher.Builder#deduplicateWith} over real deliveries, on every store. */
class DeduplicatedDeliveryTest {
    private static final Duration LEASE = Duration.ofMinutes(2);

    @TempDir Path dir;
    private final TestClock clock = new TestClock();
    private final AtomicInteger runs = new AtomicInteger();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private StoreKind.Opened opened;

    @AfterEach
    void closePools() {
        if (opened != null) {
            opened.close();
        }
    }

    private ProcessedEvents store(StoreKind kind) {
        opened = new StoreKind.Opened(dir);
        return opened.open(kind, clock);
    }

    private WebhookDispatcher dispatcher(ProcessedEvents store, Handler handler) {
        return WebhookDispatcher.builder(Payloads.SECRET)
                .deduplicateWith(store, LEASE)
                .onEvent(
                        event -> {
                            runs.incrementAndGet();
                            handler.run(event);
                        })
                .onError((error, event) -> errors.add(error))
                .build();
    }

    interface Handler {
        void run(WebhookEvent event) throws Exception;
    }

    static WebhookResponse deliver(WebhookDispatcher dispatcher, String body) {
        byte[] bytes = Payloads.utf8(body);
        return dispatcher.handle(
                bytes,
                HeaderLookup.of(Map.of(WebhookHeaders.SIGNATURE, Payloads.signature(bytes))));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aDuplicateOfAProcessedEventAnswers200WithoutRunningTheHandlers(StoreKind kind) {
        WebhookDispatcher dispatcher = dispatcher(store(kind), event -> {});

        assertThat(deliver(dispatcher, Payloads.subscriptionCreated()))
                .isEqualTo(WebhookResponse.RECEIVED);
        assertThat(deliver(dispatcher, Payloads.subscriptionCreated()))
                .isEqualTo(WebhookResponse.RECEIVED);

        assertThat(runs).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aHandlerFailureReleasesTheEventSoTheRetryRunsTheHandlersAgain(StoreKind kind) {
        AtomicInteger calls = new AtomicInteger();
        WebhookDispatcher dispatcher =
                dispatcher(
                        store(kind),
                        event -> {
                            if (calls.incrementAndGet() == 1) {
                                throw new IllegalStateException("database down");
                            }
                        });

        assertThat(deliver(dispatcher, Payloads.subscriptionCreated()).status()).isEqualTo(500);
        assertThat(deliver(dispatcher, Payloads.subscriptionCreated()))
                .isEqualTo(WebhookResponse.RECEIVED);
        assertThat(deliver(dispatcher, Payloads.subscriptionCreated()))
                .isEqualTo(WebhookResponse.RECEIVED);

        assertThat(runs).hasValue(2);
        assertThat(errors).extracting(Throwable::getMessage).containsExactly("database down");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aConcurrentDeliveryOfARunningEventAnswers409AndTheHandlersRunOnce(StoreKind kind)
            throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        WebhookDispatcher dispatcher =
                dispatcher(
                        store(kind),
                        event -> {
                            entered.countDown();
                            assertThat(finish.await(10, TimeUnit.SECONDS)).isTrue();
                        });

        CompletableFuture<WebhookResponse> first =
                CompletableFuture.supplyAsync(
                        () -> deliver(dispatcher, Payloads.subscriptionCreated()));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        WebhookResponse second = deliver(dispatcher, Payloads.subscriptionCreated());
        finish.countDown();

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).isEqualTo("{\"received\":false,\"error\":\"Event in progress\"}");
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(WebhookResponse.RECEIVED);
        assertThat(deliver(dispatcher, Payloads.subscriptionCreated()))
                .isEqualTo(WebhookResponse.RECEIVED);
        assertThat(runs).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void whenTheWinnerFailsAfterTheLoserWasTold409TheRetryStillRuns(StoreKind kind)
            throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        WebhookDispatcher dispatcher =
                dispatcher(
                        store(kind),
                        event -> {
                            if (calls.incrementAndGet() == 1) {
                                entered.countDown();
                                assertThat(finish.await(10, TimeUnit.SECONDS)).isTrue();
                                throw new IllegalStateException("slow and then broken");
                            }
                        });

        CompletableFuture<WebhookResponse> first =
                CompletableFuture.supplyAsync(
                        () -> deliver(dispatcher, Payloads.subscriptionCreated()));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(deliver(dispatcher, Payloads.subscriptionCreated()).status()).isEqualTo(409);
        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(500);

        // The sender never learned of the 500 if it had timed out; its retry of the loser counts.
        assertThat(deliver(dispatcher, Payloads.subscriptionCreated()))
                .isEqualTo(WebhookResponse.RECEIVED);
        assertThat(runs).hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aClaimLeftByACrashedProcessExpiresAfterTheLease(StoreKind kind) {
        ProcessedEvents store = store(kind);
        store.claim("whev_created_1", LEASE); // a process claimed it, then died
        WebhookDispatcher dispatcher = dispatcher(store, event -> {});

        assertThat(deliver(dispatcher, Payloads.subscriptionCreated()).status()).isEqualTo(409);
        clock.advance(LEASE);
        assertThat(deliver(dispatcher, Payloads.subscriptionCreated()))
                .isEqualTo(WebhookResponse.RECEIVED);

        assertThat(runs).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void eventsWithoutAnIdAreNotDeduplicated(StoreKind kind) {
        WebhookDispatcher dispatcher = dispatcher(store(kind), event -> {});
        String withoutId = Payloads.subscriptionCreated().replace("\"id\":\"whev_created_1\",", "");

        assertThat(deliver(dispatcher, withoutId)).isEqualTo(WebhookResponse.RECEIVED);
        assertThat(deliver(dispatcher, withoutId)).isEqualTo(WebhookResponse.RECEIVED);

        assertThat(runs).hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void differentEventsAreIndependent(StoreKind kind) {
        WebhookDispatcher dispatcher = dispatcher(store(kind), event -> {});
        String other = Payloads.subscriptionCreated().replace("whev_created_1", "whev_created_2");

        deliver(dispatcher, Payloads.subscriptionCreated());
        deliver(dispatcher, other);

        assertThat(runs).hasValue(2);
    }
}
