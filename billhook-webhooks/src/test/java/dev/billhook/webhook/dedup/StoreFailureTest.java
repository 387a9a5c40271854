package dev.billhook.webhook.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billhook.webhook.Payloads;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What the dispatcher answers when the dedup store itself fails. */
class StoreFailureTest {
    private final AtomicInteger runs = new AtomicInteger();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    /** A store that fails the operations named, and otherwise claims everything. */
    private static ProcessedEvents failing(boolean claim, boolean mark, boolean release) {
        return new ProcessedEvents() {
            @Override
            public Claim claim(String eventId, Duration lease) {
                if (claim) {
                    throw new IllegalStateException("claim failed");
                }
                return new Claim.Claimed(eventId, "t");
            }

            @Override
            public void markProcessed(Claim.Claimed c) {
                if (mark) {
                    throw new IllegalStateException("mark failed");
                }
            }

            @Override
            public void release(Claim.Claimed c) {
                if (release) {
                    throw new IllegalStateException("release failed");
                }
            }
        };
    }

    private WebhookDispatcher dispatcher(ProcessedEvents store, boolean handlerFails) {
        return WebhookDispatcher.builder(Payloads.SECRET)
                .deduplicateWith(store)
                .onEvent(
                        event -> {
                            runs.incrementAndGet();
                            if (handlerFails) {
                                throw new IllegalStateException("handler failed");
                            }
                        })
                .onError((error, event) -> errors.add(error))
                .build();
    }

    @Test
    void aStoreThatCannotClaimAnswers500WithoutRunningTheHandlers() {
        WebhookResponse r =
                DeduplicatedDeliveryTest.deliver(
                        dispatcher(failing(true, false, false), false),
                        Payloads.subscriptionCreated());

        assertThat(r).isEqualTo(WebhookResponse.HANDLER_FAILED);
        assertThat(runs).hasValue(0);
        assertThat(errors).extracting(Throwable::getMessage).containsExactly("claim failed");
    }

    @Test
    void aStoreThatCannotMarkStillAnswers200BecauseTheHandlersSucceeded() {
        WebhookResponse r =
                DeduplicatedDeliveryTest.deliver(
                        dispatcher(failing(false, true, false), false),
                        Payloads.subscriptionCreated());

        assertThat(r).isEqualTo(WebhookResponse.RECEIVED);
        assertThat(errors).extracting(Throwable::getMessage).containsExactly("mark failed");
    }

    @Test
    void aStoreThatCannotReleaseStillAnswers500AndReportsBoth() {
        WebhookResponse r =
                DeduplicatedDeliveryTest.deliver(
                        dispatcher(failing(false, false, true), true),
                        Payloads.subscriptionCreated());

        assertThat(r).isEqualTo(WebhookResponse.HANDLER_FAILED);
        assertThat(errors)
                .extracting(Throwable::getMessage)
                .containsExactly("handler failed", "release failed");
    }

    @Test
    void deduplicateWithIsSetOnceAndNeedsAPositiveLease() {
        WebhookDispatcher.Builder builder = WebhookDispatcher.builder(Payloads.SECRET);
        ProcessedEvents store = InMemoryProcessedEvents.create(10, Duration.ofHours(1));

        assertThatThrownBy(() -> builder.deduplicateWith(store, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        builder.deduplicateWith(store);
        assertThatThrownBy(() -> builder.deduplicateWith(store))
                .isInstanceOf(IllegalStateException.class);
    }
}
