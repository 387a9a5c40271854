package dev.billhook.webhook.internal;

import com.fasterxml.jackson.databind.JsonNode;

import dev.billhook.webhook.Nullable;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Reads a JSON object into a record by component name, strictly: a component without {@link
 * Nullable} is required and non-null, and every value must already have the component's JSON type
 * (no "123" for a number, no 12.5 for cents; see {@link ValueReader} for the mapping). Unknown JSON
 * fields are ignored.
 *
 * <p>The record's shape is checked once, when the reader is created, so a mistake fails at class
 * initialization rather than on some later payload.
 *
 * <p>Why not Jackson data binding: it would need Jackson annotations on public records and several
 * coercion switches to get the same strictness; this class and {@code ValueReader} are the whole
 * rule set. Instances are immutable and thread-safe.
 */
public final class RecordReader<R extends Record> {
    private final Class<R> type;
    private final Constructor<R> constructor;
    private final Field[] fields;

    private record Field(String name, boolean nullable, ValueReader reader) {}

    private RecordReader(Class<R> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        fields = new Field[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            boolean nullable = c.isAnnotationPresent(Nullable.class);
            if (nullable && c.getType().isPrimitive()) {
                throw new IllegalStateException(
                        type.getName()
                                + "."
                                + c.getName()
                                + " is @Nullable but primitive; use the boxed type");
            }
            fields[i] = new Field(c.getName(), nullable, ValueReader.forType(c.getGenericType()));
        }
        try {
            constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
        }
    }

    /** A reader for {@code type}; throws IllegalStateException for unsupported components. */
    public static <R extends Record> RecordReader<R> of(Class<R> type) {
        return new RecordReader<>(type);
    }

    /** The record type this reader produces. */
    public Class<R> type() {
        return type;
    }

    /**
     * Reads {@code node}, reporting problems against {@code path} (e.g. {@code data}).
     *
     * @throws dev.billhook.webhook.WebhookVerificationException (MALFORMED_PAYLOAD)
     */
    public R read(JsonNode node, String path) {
        if (!node.isObject()) {
            throw Malformed.at(path, "must be an object");
        }
        Object[] args = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            JsonNode value = node.get(f.name());
            String at = path + "." + f.name();
            if (value == null || value.isNull()) {
                if (!f.nullable()) {
                    throw Malformed.at(at, "is required");
                }
                continue;
            }
            args[i] = f.reader().read(value, at);
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            // A record's own validation rejected the values.
            throw Malformed.at(path, "is invalid: " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }
}
