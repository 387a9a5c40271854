package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a checkout page is ready for an invoice; send the customer to {@code
 * checkoutUrl}.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record CheckoutReadyEvent(Envelope envelope, CheckoutReadyData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "checkout.ready";

    /**
     * @throws NullPointerException if a component is null
     */
    public CheckoutReadyEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
