package dev.billhook.webhook.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Converts one non-null JSON value to one Java component type, strictly: the value must already
 * have the JSON type the component implies. Built once per record component by {@link
 * RecordReader}, so an unsupported component type fails when the reader is created, not when a
 * payload arrives.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>Java<th>accepted JSON
 *   <tr><td>{@code String}<td>string
 *   <tr><td>{@code long}, {@code Long}<td>integral number (1999 or 1999.0, not 19.99) in range
 *   <tr><td>{@code BigDecimal}<td>any number (fractions via double: up to 17 significant digits)
 *   <tr><td>{@code boolean}, {@code Boolean}<td>true or false
 *   <tr><td>enum with static {@code fromWire(String)}<td>string; the enum decides unknown values
 *   <tr><td>record<td>object, read by a nested {@link RecordReader}
 *   <tr><td>{@code List<T>}<td>array of non-null T, as an unmodifiable list
 *   <tr><td>{@code Map<String, Object>}<td>object, as unmodifiable plain Java ({@link Json#toJava})
 * </table>
 */
@FunctionalInterface
interface ValueReader {
    /**
     * @param value a JSON value, never JSON null
     * @param at the JSON path, for messages
     * @throws dev.billhook.webhook.WebhookVerificationException (MALFORMED_PAYLOAD)
     */
    Object read(JsonNode value, String at);

    /** The reader for components of {@code type}; IllegalStateException if unsupported. */
    static ValueReader forType(Type type) {
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            return (v, at) -> check(v, v.isTextual(), at, "must be a string").textValue();
        }
        if (raw == long.class || raw == Long.class) {
            // 1999 and 1999.0 are the same JSON number; 19.99 is not a count of cents.
            return (v, at) ->
                    check(
                                    v,
                                    v.isNumber()
                                            && v.canConvertToExactIntegral()
                                            && v.canConvertToLong(),
                                    at,
                                    "must be an integer")
                            .longValue();
        }
        if (raw == BigDecimal.class) {
            return (v, at) -> check(v, v.isNumber(), at, "must be a number").decimalValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return (v, at) -> check(v, v.isBoolean(), at, "must be a boolean").booleanValue();
        }
        if (raw.isEnum()) {
            return enumReader(raw);
        }
        if (raw.isRecord()) {
            RecordReader<?> nested = RecordReader.of(raw.asSubclass(Record.class));
            return nested::read;
        }
        if (raw == List.class && type instanceof ParameterizedType p) {
            return listReader(forType(p.getActualTypeArguments()[0]));
        }
        if (raw == Map.class && isStringToObject(type)) {
            return (v, at) -> Json.toJava(check(v, v.isObject(), at, "must be an object"));
        }
        throw new IllegalStateException("unsupported record component type " + type);
    }

    private static ValueReader listReader(ValueReader element) {
        return (v, at) -> {
            check(v, v.isArray(), at, "must be an array");
            List<Object> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                String itemAt = at + "[" + i + "]";
                if (item.isNull()) {
                    throw Malformed.at(itemAt, "must not be null");
                }
                out.add(element.read(item, itemAt));
            }
            return Collections.unmodifiableList(out);
        };
    }

    private static ValueReader enumReader(Class<?> type) {
        Method fromWire;
        try {
            fromWire = type.getMethod("fromWire", String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " needs a static fromWire(String)");
        }
        if (!Modifier.isStatic(fromWire.getModifiers()) || fromWire.getReturnType() != type) {
            throw new IllegalStateException(type.getName() + " needs a static fromWire(String)");
        }
        return (v, at) -> {
            check(v, v.isTextual(), at, "must be a string");
            try {
                return fromWire.invoke(null, v.textValue());
            } catch (InvocationTargetException e) {
                throw Malformed.at(at, "has an unrecognized value");
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** {@code value} if {@code ok}, else MALFORMED_PAYLOAD at {@code at}. */
    private static JsonNode check(JsonNode value, boolean ok, String at, String problem) {
        if (!ok) {
            throw Malformed.at(at, problem);
        }
        return value;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported record component type " + type);
    }

    private static boolean isStringToObject(Type type) {
        return type instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class
                && p.getActualTypeArguments()[1] == Object.class;
    }
}
