package dev.billhook.webhook.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Turns the Java values a test passes to {@code with(...)} into JSON, checking each against the
 * component it is for, so a typo or a wrong type fails where it is written rather than as a 400
 * later. The accepted values are the ones the record itself holds, plus a few conveniences: any
 * integral {@code Number} for {@code long}, any {@code Number} for {@code BigDecimal}, an {@code
 * Instant} for a date string, a {@code Map} for a nested record.
 */
final class JsonValues {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private JsonValues() {}

    /** ISO-8601 with milliseconds, as Commet writes instants. */
    static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /**
     * @param target the component's generic type, or null when anything goes (unknown events)
     * @throws IllegalArgumentException if {@code value} cannot be a {@code target}
     */
    static JsonNode toJson(Object value, Type target, String path) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (target == null) {
            return untyped(value);
        }
        Class<?> raw = target instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) target;
        if (raw == String.class) {
            if (value instanceof Instant instant) {
                return NODES.textNode(iso(instant));
            }
            return NODES.textNode(expect(value, CharSequence.class, path, "a String").toString());
        }
        if (raw == long.class || raw == Long.class) {
            if (value instanceof Long || value instanceof Integer || value instanceof Short
                    || value instanceof Byte) {
                return NODES.numberNode(((Number) value).longValue());
            }
            throw mismatch(path, "an integer (long, in cents or a count)", value);
        }
        if (raw == BigDecimal.class) {
            Number n = expect(value, Number.class, path, "a number");
            return NODES.numberNode(
                    n instanceof BigDecimal d ? d : new BigDecimal(n.toString()));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return NODES.booleanNode(expect(value, Boolean.class, path, "a Boolean"));
        }
        if (raw.isEnum()) {
            return NODES.textNode(wireValue(expect(value, raw, path, raw.getSimpleName()), path));
        }
        if (raw.isRecord()) {
            if (value instanceof Map<?, ?> map) {
                return object(raw, map, path);
            }
            return record(expect(value, raw, path, raw.getSimpleName() + " or a Map"), path);
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) target).getActualTypeArguments()[0];
            ArrayNode array = NODES.arrayNode();
            List<?> list = expect(value, List.class, path, "a List");
            for (int i = 0; i < list.size(); i++) {
                array.add(toJson(list.get(i), element, path + "[" + i + "]"));
            }
            return array;
        }
        if (raw == Map.class) {
            return untyped(expect(value, Map.class, path, "a Map"));
        }
        throw new IllegalStateException("unsupported component type " + target + " at " + path);
    }

    /** A JSON object for {@code record} type from a map of its component values. */
    static ObjectNode object(Class<?> record, Map<?, ?> values, String path) {
        ObjectNode out = NODES.objectNode();
        for (RecordComponent c : record.getRecordComponents()) {
            if (values.containsKey(c.getName())) {
                String at = path + "." + c.getName();
                out.set(c.getName(), toJson(values.get(c.getName()), c.getGenericType(), at));
            }
        }
        for (Object key : values.keySet()) {
            if (!(key instanceof String name) || component(record, name) == null) {
                throw new IllegalArgumentException(
                        path + " has no field " + key + "; " + record.getSimpleName() + " has "
                                + names(record));
            }
        }
        return out;
    }

    static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    static List<String> names(Class<?> record) {
        return java.util.Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    private static ObjectNode record(Object record, String path) {
        ObjectNode out = NODES.objectNode();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(record);
                out.set(c.getName(), toJson(v, c.getGenericType(), path + "." + c.getName()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static JsonNode untyped(Object value) {
        if (value instanceof Instant instant) {
            return NODES.textNode(iso(instant));
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(wireValue(e, "value"));
        }
        if (value instanceof Record r) {
            return record(r, "value");
        }
        if (value instanceof BigInteger || value instanceof Number || value instanceof String
                || value instanceof Boolean || value instanceof Map || value instanceof List) {
            return MAPPER.valueToTree(value);
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
    }

    private static String wireValue(Object constant, String path) {
        try {
            Method m = constant.getClass().getMethod("wireValue");
            Object wire = m.invoke(constant);
            if (wire == null) {
                throw new IllegalArgumentException(
                        path + ": " + constant + " has no wire value; send an unrecognized string"
                                + " with withUnchecked(...) instead");
            }
            return wire.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(constant.getClass() + " has no wireValue()", e);
        }
    }

    private static <T> T expect(Object value, Class<T> type, String path, String what) {
        if (!type.isInstance(value)) {
            throw mismatch(path, what, value);
        }
        return type.cast(value);
    }

    private static IllegalArgumentException mismatch(String path, String expected, Object value) {
        return new IllegalArgumentException(
                path + " must be " + expected + ", not a " + value.getClass().getSimpleName());
    }
}
