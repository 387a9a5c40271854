package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: usage passed a feature's included quantity; {@code overageEnabled} says whether
 * overage billing began or usage is now blocked.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record QuotaExceededEvent(Envelope envelope, QuotaExceededData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "quota.exceeded";

    /**
     * @throws NullPointerException if a component is null
     */
    public QuotaExceededEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
