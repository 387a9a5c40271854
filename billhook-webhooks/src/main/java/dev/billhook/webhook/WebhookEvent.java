package dev.billhook.webhook;

import dev.billhook.webhook.event.InvoiceCreatedEvent;
import dev.billhook.webhook.event.PaymentFailedEvent;
import dev.billhook.webhook.event.PaymentReceivedEvent;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;
import dev.billhook.webhook.event.SubscriptionCanceledEvent;
import dev.billhook.webhook.event.SubscriptionCreatedEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangedEvent;
import dev.billhook.webhook.event.SubscriptionUpdatedEvent;
import dev.billhook.webhook.event.UnknownEvent;

/**
 * A verified, parsed webhook event: the envelope plus typed data.
 *
 * <p>Sealed, so a {@code switch} over the records in {@code dev.billhook.webhook.event} is checked
 * by the compiler. Event types without typed data in this version arrive as {@link UnknownEvent};
 * that is never an error, and a later version may move a type from {@code UnknownEvent} to its own
 * record. All implementations are immutable records.
 */
public sealed interface WebhookEvent
        permits SubscriptionCreatedEvent,
                SubscriptionActivatedEvent,
                SubscriptionUpdatedEvent,
                SubscriptionCanceledEvent,
                SubscriptionPlanChangedEvent,
                PaymentReceivedEvent,
                PaymentFailedEvent,
                InvoiceCreatedEvent,
                UnknownEvent {

    /** The shared envelope fields. */
    Envelope envelope();

    /** The event id, for deduplication; null only if the sender omitted it. */
    default @Nullable String id() {
        return envelope().id();
    }

    /** The event type, e.g. {@code payment.received}. */
    default String type() {
        return envelope().type();
    }
}
