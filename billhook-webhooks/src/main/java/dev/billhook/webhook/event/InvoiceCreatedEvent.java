package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: an invoice was generated.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record InvoiceCreatedEvent(Envelope envelope, InvoiceCreatedData data)
        implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "invoice.created";

    /**
     * @throws NullPointerException if a component is null
     */
    public InvoiceCreatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
