package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: an invoice was voided and will not be collected.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record InvoiceVoidedEvent(Envelope envelope, InvoiceVoidedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "invoice.voided";

    /**
     * @throws NullPointerException if a component is null
     */
    public InvoiceVoidedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
