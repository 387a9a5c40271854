package dev.billhook.webhook.internal;

import com.fasterxml.jackson.databind.JsonNode;

import dev.billhook.webhook.Nullable;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * Reads a JSON object into a record by component name, strictly: a component without {@link
 * Nullable} is required and non-null, and every value must already have the component's JSON type
 * (no "123" for a number, no 12.5 for cents). Unknown JSON fields are ignored.
 *
 * <p>Supported component types: {@code String}, {@code long}/{@code Long}, {@code boolean}/{@code
 * Boolean}, enums with a static {@code fromWire(String)}, nested records, and {@code Map<String,
 * Object>} (free-form objects). The record's shape is checked once, when the reader is created, so
 * a mistake fails at class initialization.
 *
 * <p>Why not Jackson data binding: it would need Jackson annotations on public records and several
 * coercion switches to get the same strictness; this class is the whole rule set. Instances are
 * immutable and thread-safe.
 */
public final class RecordReader<R extends Record> {
    private final Class<R> type;
    private final Constructor<R> constructor;
    private final Field[] fields;

    private record Field(String name, Class<?> type, boolean nullable, Object reader) {}

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
            fields[i] = new Field(c.getName(), c.getType(), nullable, readerFor(c.getType()));
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
            args[i] = convert(f, value, at);
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

    private static Object convert(Field f, JsonNode value, String at) {
        Class<?> t = f.type();
        if (t == String.class) {
            if (!value.isTextual()) {
                throw Malformed.at(at, "must be a string");
            }
            return value.textValue();
        }
        if (t == long.class || t == Long.class) {
            // 1999 and 1999.0 are the same JSON number; 19.99 is not a count of cents.
            if (!value.isNumber()
                    || !value.canConvertToExactIntegral()
                    || !value.canConvertToLong()) {
                throw Malformed.at(at, "must be an integer");
            }
            return value.longValue();
        }
        if (t == boolean.class || t == Boolean.class) {
            if (!value.isBoolean()) {
                throw Malformed.at(at, "must be a boolean");
            }
            return value.booleanValue();
        }
        if (t.isEnum()) {
            if (!value.isTextual()) {
                throw Malformed.at(at, "must be a string");
            }
            try {
                return ((Method) f.reader()).invoke(null, value.textValue());
            } catch (InvocationTargetException e) {
                throw Malformed.at(at, "has an unrecognized value");
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        if (t.isRecord()) {
            return ((RecordReader<?>) f.reader()).read(value, at);
        }
        if (!value.isObject()) {
            throw Malformed.at(at, "must be an object");
        }
        return Json.toJava(value);
    }

    private static Object readerFor(Class<?> t) {
        if (t == String.class
                || t == long.class
                || t == Long.class
                || t == boolean.class
                || t == Boolean.class
                || t == Map.class) {
            return null;
        }
        if (t.isEnum()) {
            try {
                Method fromWire = t.getMethod("fromWire", String.class);
                if (Modifier.isStatic(fromWire.getModifiers()) && fromWire.getReturnType() == t) {
                    return fromWire;
                }
            } catch (NoSuchMethodException ignored) {
                // fall through to the error below
            }
            throw new IllegalStateException(t.getName() + " needs a static fromWire(String)");
        }
        if (t.isRecord()) {
            return of(t.asSubclass(Record.class));
        }
        throw new IllegalStateException("unsupported record component type " + t.getName());
    }
}
