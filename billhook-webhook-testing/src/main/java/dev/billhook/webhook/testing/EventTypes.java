package dev.billhook.webhook.testing;

import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.event.UnknownEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SDK's typed events, found from {@link WebhookEvent}'s permitted records and their {@code
 * TYPE} constants, so the kit covers exactly the types the SDK on the classpath knows, with no list
 * of its own to go stale.
 */
final class EventTypes {
    private static final Map<String, Class<? extends WebhookEvent>> BY_TYPE = scan();

    private EventTypes() {}

    /** The record for {@code type}, or null if the SDK does not type it. */
    static Class<? extends WebhookEvent> eventClass(String type) {
        return BY_TYPE.get(type);
    }

    /** Every typed event type, in the order the SDK permits them. */
    static Iterable<String> types() {
        return BY_TYPE.keySet();
    }

    /** The wire type of a typed event record. */
    static String typeOf(Class<? extends WebhookEvent> eventClass) {
        if (eventClass == UnknownEvent.class) {
            throw new IllegalArgumentException(
                    "UnknownEvent has no fixed type; use TestEvents.of(\"vendor.type\")");
        }
        try {
            return (String) eventClass.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(eventClass.getName() + " has no TYPE constant", e);
        }
    }

    /** The {@code data} record of a typed event record. */
    static Class<?> dataClass(Class<? extends WebhookEvent> eventClass) {
        return eventClass.getRecordComponents()[1].getType();
    }

    private static Map<String, Class<? extends WebhookEvent>> scan() {
        Map<String, Class<? extends WebhookEvent>> map = new LinkedHashMap<>();
        for (Class<?> c : WebhookEvent.class.getPermittedSubclasses()) {
            if (c != UnknownEvent.class) {
                Class<? extends WebhookEvent> event = c.asSubclass(WebhookEvent.class);
                map.put(typeOf(event), event);
            }
        }
        return map;
    }
}
