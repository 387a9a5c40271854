package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a usage event was recorded. High volume: endpoints receive it only when they opt
 * in.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record UsageRecordedEvent(Envelope envelope, UsageRecordedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "usage.recorded";

    /**
     * @throws NullPointerException if a component is null
     */
    public UsageRecordedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
