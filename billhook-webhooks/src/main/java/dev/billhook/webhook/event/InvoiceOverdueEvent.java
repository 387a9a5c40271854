package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: an invoice passed its due date unpaid.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record InvoiceOverdueEvent(Envelope envelope, InvoiceOverdueData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "invoice.overdue";

    /**
     * @throws NullPointerException if a component is null
     */
    public InvoiceOverdueEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
