package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: an add-on was removed from a subscription.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record AddonDeactivatedEvent(Envelope envelope, AddonDeactivatedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "addon.deactivated";

    /**
     * @throws NullPointerException if a component is null
     */
    public AddonDeactivatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
