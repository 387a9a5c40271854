package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a renewal invoice is coming at {@code currentPeriodEnd}.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record InvoiceUpcomingEvent(Envelope envelope, InvoiceUpcomingData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "invoice.upcoming";

    /**
     * @throws NullPointerException if a component is null
     */
    public InvoiceUpcomingEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
