package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a checkout page is ready for a trial that needs payment details; send the
 * customer to {@code checkoutUrl}.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record TrialCheckoutReadyEvent(Envelope envelope, TrialCheckoutReadyData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "trial.checkout_ready";

    /**
     * @throws NullPointerException if a component is null
     */
    public TrialCheckoutReadyEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
