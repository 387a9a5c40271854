package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: an add-on was activated on a subscription, with {@code proratedPrice} charged for
 * the rest of the period.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record AddonActivatedEvent(Envelope envelope, AddonActivatedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "addon.activated";

    /**
     * @throws NullPointerException if a component is null
     */
    public AddonActivatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
