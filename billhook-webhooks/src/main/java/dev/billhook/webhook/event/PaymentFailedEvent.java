package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a recurring charge failed (not a checkout decline). The subscription typically
 * goes {@code past_due}, which keeps access during dunning.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentFailedEvent(Envelope envelope, PaymentFailedData data)
        implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment.failed";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentFailedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
