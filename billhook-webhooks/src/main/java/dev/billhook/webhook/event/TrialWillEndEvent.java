package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a trial ends soon, at {@code trialEndsAt}: the moment to remind the customer.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record TrialWillEndEvent(Envelope envelope, TrialWillEndData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "trial.will_end";

    /**
     * @throws NullPointerException if a component is null
     */
    public TrialWillEndEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
