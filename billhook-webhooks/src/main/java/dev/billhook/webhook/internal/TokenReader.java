package dev.billhook.webhook.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 * Reads one non-null JSON value from the parser into one Java component type, strictly: the value
 * must already have the JSON type the component implies. Built once per record component by
 * {@link RecordBinder}, so an unsupported component type fails when the binder is created, not
 * when a payload arrives.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>Java<th>accepted JSON
 *   <tr><td>{@code String}<td>string
 *   <tr><td>{@code long}, {@code Long}<td>integral number (1999 or 1999.0, not 19.99) in range
 *   <tr><td>{@code BigDecimal}<td>any number (fractions via double: up to 17 significant digits)
 *   <tr><td>{@code boolean}, {@code Boolean}<td>true or false
 *   <tr><td>enum with static {@code fromWire(String)}<td>string; the enum decides unknown values
 *   <tr><td>record<td>object, read by a nested {@link RecordBinder}
 *   <tr><td>{@code List<T>}<td>array of non-null T, as an unmodifiable list
 *   <tr><td>{@code Map<String, Object>}<td>object, as unmodifiable plain Java ({@link
 *       Json#readObject})
 * </table>
 */
@FunctionalInterface
interface TokenReader {
    /**
     * Reads the value whose first token is the parser's current token (never {@code VALUE_NULL})
     * and leaves the parser on its last token.
     *
     * @throws BindFailure if the value has the wrong JSON type or shape
     */
    Object read(JsonParser p) throws IOException;

    /** The reader for components of {@code type}; IllegalStateException if unsupported. */
    static TokenReader forType(Type type) {
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            return p -> {
                expect(p, JsonToken.VALUE_STRING, "must be a string");
                return p.getText();
            };
        }
        if (raw == long.class || raw == Long.class) {
            return TokenReader::readLong;
        }
        if (raw == BigDecimal.class) {
            return TokenReader::readDecimal;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return p -> {
                JsonToken t = p.currentToken();
                if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                    throw new BindFailure("must be a boolean");
                }
                return t == JsonToken.VALUE_TRUE;
            };
        }
        if (raw.isEnum()) {
            return enumReader(raw);
        }
        if (raw.isRecord()) {
            RecordBinder<?> nested = RecordBinder.of(raw.asSubclass(Record.class));
            return nested::read;
        }
        if (raw == List.class && type instanceof ParameterizedType p) {
            return listReader(forType(p.getActualTypeArguments()[0]));
        }
        if (raw == Map.class && isStringToObject(type)) {
            return Json::readObject;
        }
        throw new IllegalStateException("unsupported record component type " + type);
    }

    /** 1999 and 1999.0 are the same JSON number; 19.99 is not a count of cents. */
    private static Object readLong(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            if (Double.isFinite(d) && d == Math.rint(d)
                    && d >= Long.MIN_VALUE && d <= Long.MAX_VALUE) {
                return (long) d;
            }
        }
        throw new BindFailure("must be an integer");
    }

    private static Object readDecimal(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? new BigDecimal(p.getBigIntegerValue())
                    : BigDecimal.valueOf(p.getLongValue());
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            // Via double, as documented; a number beyond double's range keeps its exact value.
            double d = p.getDoubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : p.getDecimalValue();
        }
        throw new BindFailure("must be a number");
    }

    private static TokenReader listReader(TokenReader element) {
        return p -> {
            expect(p, JsonToken.START_ARRAY, "must be an array");
            List<Object> out = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == JsonToken.VALUE_NULL) {
                    throw new BindFailure("must not be null").under("[" + out.size() + "]");
                }
                try {
                    out.add(element.read(p));
                } catch (BindFailure f) {
                    throw f.under("[" + out.size() + "]");
                }
            }
            return Collections.unmodifiableList(out);
        };
    }

    private static TokenReader enumReader(Class<?> type) {
        Method fromWire;
        try {
            fromWire = type.getMethod("fromWire", String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " needs a static fromWire(String)");
        }
        if (!Modifier.isStatic(fromWire.getModifiers()) || fromWire.getReturnType() != type) {
            throw new IllegalStateException(type.getName() + " needs a static fromWire(String)");
        }
        MethodHandle handle;
        try {
            handle =
                    MethodHandles.publicLookup()
                            .unreflect(fromWire)
                            .asType(MethodType.methodType(Object.class, String.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + ".fromWire is not accessible", e);
        }
        return p -> {
            expect(p, JsonToken.VALUE_STRING, "must be a string");
            try {
                return (Object) handle.invokeExact(p.getText());
            } catch (RuntimeException e) {
                throw new BindFailure("has an unrecognized value");
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void expect(JsonParser p, JsonToken token, String problem) {
        if (p.currentToken() != token) {
            throw new BindFailure(problem);
        }
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
