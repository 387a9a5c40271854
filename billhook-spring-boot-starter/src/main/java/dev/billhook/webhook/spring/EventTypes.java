package dev.billhook.webhook.spring;

import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.event.UnknownEvent;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Which wire type each typed event record stands for, read from the SDK itself: the records are the
 * permitted subclasses of the sealed {@link WebhookEvent}, and each declares its wire name in a
 * {@code TYPE} constant. So the starter follows the SDK as it types more events, with no list of
 * its own.
 */
final class EventTypes {
    private static final Map<Class<?>, String> TYPE_BY_RECORD = new HashMap<>();
    private static final Map<String, Class<?>> RECORD_BY_TYPE = new HashMap<>();

    static {
        for (Class<?> record : WebhookEvent.class.getPermittedSubclasses()) {
            String type = typeConstant(record);
            if (type != null) {
                TYPE_BY_RECORD.put(record, type);
                RECORD_BY_TYPE.put(type, record);
            }
        }
    }

    private EventTypes() {}

    /** The wire type of typed record {@code eventClass}, or null if it is not a typed record. */
    static String typeOf(Class<?> eventClass) {
        return TYPE_BY_RECORD.get(eventClass);
    }

    /** The record {@code type} arrives as, or null if it arrives as {@link UnknownEvent}. */
    static Class<?> recordOf(String type) {
        return RECORD_BY_TYPE.get(type);
    }

    private static String typeConstant(Class<?> record) {
        if (record == UnknownEvent.class) {
            return null;
        }
        try {
            Field field = record.getField("TYPE");
            return Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    ? (String) field.get(null)
                    : null;
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return null;
        }
    }
}
