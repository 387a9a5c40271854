package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a retry of a failed charge failed again.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentRetryFailedEvent(Envelope envelope, PaymentRetryFailedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment.retry_failed";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentRetryFailedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
