package dev.billhook.examples.jdk;

import com.sun.net.httpserver.HttpExchange;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookVerificationException;
import dev.billhook.webhook.WebhookVerificationException.Reason;

import java.time.Instant;

/**
 * Observes what the dispatcher decided about the request on the current thread, so the receiver can
 * report each delivery. Not needed in a real receiver: it exists for {@link
 * SampleReceiver#onDelivery}.
 *
 * <p>Works because the JDK server runs a request's handler, and therefore the dispatcher's
 * handlers, on one thread.
 */
final class DeliveryProbe {
    private static final class State {
        WebhookEvent event;
        boolean verified;
    }

    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

    /** Adds the observing catch-all and error handler to {@code builder}. */
    WebhookDispatcher.Builder attach(WebhookDispatcher.Builder builder) {
        return builder.onEvent(this::saw)
                .onError(
                        (error, event) -> {
                            if (event != null) {
                                saw(event);
                            } else if (error instanceof WebhookVerificationException e
                                    && e.reason() == Reason.MALFORMED_PAYLOAD) {
                                state.get().verified = true; // signed, but not a valid envelope
                            }
                        });
    }

    /** Forgets anything seen on this thread; call before handling a request. */
    void reset() {
        state.remove();
    }

    /** What was seen for {@code exchange}, which has been answered. Resets the thread. */
    ReceivedDelivery delivery(Instant receivedAt, HttpExchange exchange) {
        State s = state.get();
        state.remove();
        int status = exchange.getResponseCode();
        if (s.event != null) {
            return new ReceivedDelivery(
                    receivedAt,
                    s.event.type(),
                    s.event.id(),
                    s.event.envelope().timestamp(),
                    status,
                    true);
        }
        // Nothing verified to go on: show what the unsigned headers claim.
        return new ReceivedDelivery(
                receivedAt,
                exchange.getRequestHeaders().getFirst(WebhookHeaders.EVENT),
                exchange.getRequestHeaders().getFirst(WebhookHeaders.EVENT_ID),
                parseOrNull(exchange.getRequestHeaders().getFirst(WebhookHeaders.TIMESTAMP)),
                status,
                s.verified);
    }

    private void saw(WebhookEvent event) {
        State s = state.get();
        s.event = event;
        s.verified = true;
    }

    private static Instant parseOrNull(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
