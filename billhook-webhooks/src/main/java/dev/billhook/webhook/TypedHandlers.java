package dev.billhook.webhook;

import dev.billhook.webhook.event.InvoiceCreatedEvent;
import dev.billhook.webhook.event.PaymentFailedEvent;
import dev.billhook.webhook.event.PaymentReceivedEvent;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;
import dev.billhook.webhook.event.SubscriptionCanceledEvent;
import dev.billhook.webhook.event.SubscriptionCreatedEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangedEvent;
import dev.billhook.webhook.event.SubscriptionUpdatedEvent;

import java.util.Objects;

/**
 * One registration method per typed event, named after the event ({@code payment.failed} is
 * {@link #onPaymentFailed}), so a handler receives its event's own record and the compiler checks
 * the fields it reads. Every method is shorthand for {@link #on(String, EventHandler)} with the
 * event's type; the same rule applies: one handler per type.
 *
 * <p>Kept apart from {@link WebhookDispatcher.Builder} because it grows with the catalog, one
 * method per event type, while the builder's own options do not.
 *
 * @param <B> the builder type, returned for chaining
 */
public abstract class TypedHandlers<B extends TypedHandlers<B>> {
    TypedHandlers() {}

    /**
     * Handles events of {@code type}, typed or not.
     *
     * @throws IllegalStateException if {@code type} already has a handler
     */
    public abstract B on(String type, EventHandler<WebhookEvent> handler);

    /** {@code subscription.created}. */
    public B onSubscriptionCreated(EventHandler<SubscriptionCreatedEvent> handler) {
        return typed(SubscriptionCreatedEvent.TYPE, SubscriptionCreatedEvent.class, handler);
    }

    /** {@code subscription.activated}. */
    public B onSubscriptionActivated(EventHandler<SubscriptionActivatedEvent> handler) {
        return typed(
            SubscriptionActivatedEvent.TYPE, SubscriptionActivatedEvent.class, handler);
    }

    /** {@code subscription.updated}. */
    public B onSubscriptionUpdated(EventHandler<SubscriptionUpdatedEvent> handler) {
        return typed(SubscriptionUpdatedEvent.TYPE, SubscriptionUpdatedEvent.class, handler);
    }

    /** {@code subscription.canceled}. */
    public B onSubscriptionCanceled(EventHandler<SubscriptionCanceledEvent> handler) {
        return typed(SubscriptionCanceledEvent.TYPE, SubscriptionCanceledEvent.class, handler);
    }

    /** {@code subscription.plan_changed}. */
    public B onSubscriptionPlanChanged(
        EventHandler<SubscriptionPlanChangedEvent> handler) {
        return typed(
            SubscriptionPlanChangedEvent.TYPE, SubscriptionPlanChangedEvent.class, handler);
    }

    /** {@code payment.received}. */
    public B onPaymentReceived(EventHandler<PaymentReceivedEvent> handler) {
        return typed(PaymentReceivedEvent.TYPE, PaymentReceivedEvent.class, handler);
    }

    /** {@code payment.failed}. */
    public B onPaymentFailed(EventHandler<PaymentFailedEvent> handler) {
        return typed(PaymentFailedEvent.TYPE, PaymentFailedEvent.class, handler);
    }

    /** {@code invoice.created}. */
    public B onInvoiceCreated(EventHandler<InvoiceCreatedEvent> handler) {
        return typed(InvoiceCreatedEvent.TYPE, InvoiceCreatedEvent.class, handler);
    }

    private <E extends WebhookEvent> B typed(String type, Class<E> eventClass, EventHandler<E> handler) {
        Objects.requireNonNull(handler, "handler");
        // The registry maps this type to this record, so the cast cannot fail.
        return on(type, event -> handler.handle(eventClass.cast(event)));
    }
}
