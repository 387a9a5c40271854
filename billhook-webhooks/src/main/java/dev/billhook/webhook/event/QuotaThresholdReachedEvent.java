package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: usage of a metered feature reached an alert threshold of its included amount.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record QuotaThresholdReachedEvent(Envelope envelope, QuotaThresholdReachedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "quota.threshold_reached";

    /**
     * @throws NullPointerException if a component is null
     */
    public QuotaThresholdReachedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
