package dev.billhook.webhook.testing;

import dev.billhook.webhook.WebhookEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Realistic Commet webhook events for your tests: the entry point of this kit.
 *
 * <pre>{@code
 * WebhookResponse response = TestEvents.of(SubscriptionActivatedEvent.class)
 *     .with("customerId", "cus_42")
 *     .sign(SECRET)
 *     .postTo(dispatcher);
 * }</pre>
 *
 * <p>Every data field starts with a realistic value: ids with their usual prefixes ({@code sub_},
 * {@code inv_}), {@code customerId} {@value Defaults#CUSTOMER_ID}, amounts in integer cents, ISO
 * 4217 {@code USD}, ISO-8601 dates, the {@code status} the event type implies ({@code
 * pending_payment} for {@code subscription.created}, {@code active} for {@code
 * subscription.activated}, ...), and one element in each list. Nullable fields are filled too, so a
 * handler under test sees a complete event; set them to null with {@code with(field, null)}. The
 * envelope gets a fresh {@code whev_test_…} id per event (so deduplication never hides one), the
 * current time, {@code org_test}, {@code live} mode and {@link #API_VERSION}.
 *
 * <p>Defaults come from the SDK's own event records, which a conformance test keeps equal to the
 * Commet catalog, so they always parse.
 */
public final class TestEvents {
    /** The {@code apiVersion} events carry by default: the catalog's. */
    public static final String API_VERSION = "2026-07-11";

    private TestEvents() {}

    /** A new event of the typed record {@code eventClass}, e.g. {@code PaymentFailedEvent.class}. */
    public static <E extends WebhookEvent> TestEvent<E> of(Class<E> eventClass) {
        Objects.requireNonNull(eventClass, "eventClass");
        String type = EventTypes.typeOf(eventClass);
        return new TestEvent<>(type, eventClass, EventTypes.dataClass(eventClass));
    }

    /**
     * A new event of wire type {@code type}, e.g. {@code "payment.failed"}. A type the SDK does not
     * know (one Commet adds later) starts with empty {@code data}, accepts any field, and builds as
     * an {@link dev.billhook.webhook.event.UnknownEvent}.
     *
     * @throws IllegalArgumentException if {@code type} is blank
     */
    public static TestEvent<WebhookEvent> of(String type) {
        Objects.requireNonNull(type, "type");
        if (type.isBlank()) {
            throw new IllegalArgumentException("event type must not be blank");
        }
        Class<? extends WebhookEvent> eventClass = EventTypes.eventClass(type);
        return new TestEvent<>(
                type,
                WebhookEvent.class,
                eventClass == null ? null : EventTypes.dataClass(eventClass));
    }

    /** Every event type the SDK on the classpath types, e.g. to test that each is handled. */
    public static List<String> typedTypes() {
        List<String> types = new ArrayList<>();
        EventTypes.types().forEach(types::add);
        return List.copyOf(types);
    }
}
