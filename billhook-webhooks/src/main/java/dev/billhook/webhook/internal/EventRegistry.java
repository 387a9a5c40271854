package dev.billhook.webhook.internal;

import com.fasterxml.jackson.databind.JsonNode;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.event.InvoiceCreatedData;
import dev.billhook.webhook.event.InvoiceCreatedEvent;
import dev.billhook.webhook.event.PaymentFailedData;
import dev.billhook.webhook.event.PaymentFailedEvent;
import dev.billhook.webhook.event.PaymentReceivedData;
import dev.billhook.webhook.event.PaymentReceivedEvent;
import dev.billhook.webhook.event.SubscriptionActivatedData;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;
import dev.billhook.webhook.event.SubscriptionCanceledData;
import dev.billhook.webhook.event.SubscriptionCanceledEvent;
import dev.billhook.webhook.event.SubscriptionCreatedData;
import dev.billhook.webhook.event.SubscriptionCreatedEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangedData;
import dev.billhook.webhook.event.SubscriptionPlanChangedEvent;
import dev.billhook.webhook.event.SubscriptionUpdatedData;
import dev.billhook.webhook.event.SubscriptionUpdatedEvent;
import dev.billhook.webhook.event.UnknownEvent;

import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Which event types have typed data, and how to build each one. One line per typed event; every
 * other type becomes an {@link UnknownEvent}.
 */
public final class EventRegistry {
    private record Binding<D extends Record>(
            RecordReader<D> reader, BiFunction<Envelope, D, WebhookEvent> factory) {

        WebhookEvent create(Envelope envelope, JsonNode data) {
            return factory.apply(envelope, reader.read(data, "data"));
        }
    }

    private static final Map<String, Binding<?>> BINDINGS =
            Map.of(
                    SubscriptionCreatedEvent.TYPE,
                    bind(SubscriptionCreatedData.class, SubscriptionCreatedEvent::new),
                    SubscriptionActivatedEvent.TYPE,
                    bind(SubscriptionActivatedData.class, SubscriptionActivatedEvent::new),
                    SubscriptionUpdatedEvent.TYPE,
                    bind(SubscriptionUpdatedData.class, SubscriptionUpdatedEvent::new),
                    SubscriptionCanceledEvent.TYPE,
                    bind(SubscriptionCanceledData.class, SubscriptionCanceledEvent::new),
                    SubscriptionPlanChangedEvent.TYPE,
                    bind(SubscriptionPlanChangedData.class, SubscriptionPlanChangedEvent::new),
                    PaymentReceivedEvent.TYPE,
                    bind(PaymentReceivedData.class, PaymentReceivedEvent::new),
                    PaymentFailedEvent.TYPE,
                    bind(PaymentFailedData.class, PaymentFailedEvent::new),
                    InvoiceCreatedEvent.TYPE,
                    bind(InvoiceCreatedData.class, InvoiceCreatedEvent::new));

    private EventRegistry() {}

    private static <D extends Record> Binding<D> bind(
            Class<D> dataType, BiFunction<Envelope, D, WebhookEvent> factory) {
        return new Binding<>(RecordReader.of(dataType), factory);
    }

    /** The event types that parse to their own record. */
    public static Set<String> typedTypes() {
        return BINDINGS.keySet();
    }

    /** The event for {@code envelope} and its {@code data} object. */
    @SuppressWarnings("unchecked")
    public static WebhookEvent create(Envelope envelope, JsonNode data) {
        Binding<?> binding = BINDINGS.get(envelope.type());
        if (binding == null) {
            if (!data.isObject()) {
                throw Malformed.at("data", "must be an object");
            }
            return new UnknownEvent(envelope, (Map<String, Object>) Json.toJava(data));
        }
        return binding.create(envelope, data);
    }
}
