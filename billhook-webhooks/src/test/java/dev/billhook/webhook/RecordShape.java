package dev.billhook.webhook;

import static dev.billhook.webhook.Catalog.EVENT_PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asserts that a Java record has exactly the shape of a catalog type: the same fields in the same
 * order, {@code @Nullable} exactly where the catalog says optional or nullable, and each field's
 * Java type the one the mapping rules give, recursing into shared types and list elements. A
 * catalog shape the rules don't know fails too, so a new kind of field cannot slip through.
 */
final class RecordShape {
    private static final Pattern ARRAY = Pattern.compile("Array<(\\w+)>");

    private RecordShape() {}

    static void check(Class<?> record, JsonNode fields) {
        String owner = record.getSimpleName();
        assertThat(record.isRecord()).as(owner + " is a record").isTrue();
        RecordComponent[] components = record.getRecordComponents();
        assertThat(components)
                .extracting(RecordComponent::getName)
                .as(owner + " components")
                .containsExactlyElementsOf(Catalog.names(fields));
        for (int i = 0; i < components.length; i++) {
            checkComponent(owner, components[i], fields.get(i));
        }
    }

    private static void checkComponent(String owner, RecordComponent c, JsonNode field) {
        String what = owner + "." + c.getName();
        boolean mayBeNull = Catalog.mayBeNull(field);
        assertThat(c.isAnnotationPresent(Nullable.class)).as(what + " @Nullable").isEqualTo(mayBeNull);
        Class<?> type = c.getType();
        String base = Catalog.base(field);
        switch (base) {
            case "string" -> {
                assertThat(type).as(what).isEqualTo(String.class);
                if (Catalog.DATE_FIELD.matcher(c.getName()).find()) {
                    checkInstantAccessor(c, what);
                }
            }
            case "number" -> {
                Class<?> expected =
                        Catalog.FRACTIONAL.contains(what)
                                ? BigDecimal.class
                                : mayBeNull ? Long.class : long.class;
                assertThat(type).as(what).isEqualTo(expected);
            }
            case "boolean" -> assertThat(type).as(what).isEqualTo(mayBeNull ? Boolean.class : boolean.class);
            case "Record<string, unknown>" -> {
                assertThat(type).as(what).isEqualTo(Map.class);
                assertThat(typeArguments(c.getGenericType()))
                        .as(what)
                        .containsExactly(String.class, Object.class);
            }
            default -> {
                Matcher array = ARRAY.matcher(base);
                if (array.matches()) {
                    assertThat(type).as(what).isEqualTo(List.class);
                    Type element = typeArguments(c.getGenericType())[0];
                    checkNamed(what + "[]", (Class<?>) element, array.group(1));
                } else {
                    checkNamed(what, type, base);
                }
            }
        }
    }

    /** A field typed by name: an enum or a record from the catalog's shared types. */
    private static void checkNamed(String what, Class<?> type, String catalogName) {
        JsonNode shared = Catalog.type(catalogName);
        if (shared == null) {
            fail(what + ": no Java mapping for catalog type " + catalogName);
        }
        assertThat(type.getName()).as(what).isEqualTo(EVENT_PACKAGE + catalogName);
        if (shared.has("enum")) {
            checkEnum(type, texts(shared.get("enum")));
        } else if (shared.has("fields")) {
            check(type, shared.get("fields"));
        } else {
            fail(what + ": catalog type " + catalogName + " is neither an enum nor has fields");
        }
    }

    /** Every catalog value maps to its own constant, and UNKNOWN catches the rest. */
    private static void checkEnum(Class<?> type, List<String> wireValues) {
        assertThat(type.isEnum()).as(type + " is an enum").isTrue();
        try {
            Method fromWire = type.getMethod("fromWire", String.class);
            Method wireValue = type.getMethod("wireValue");
            List<Object> known = new ArrayList<>();
            for (String wire : wireValues) {
                Object constant = fromWire.invoke(null, wire);
                assertThat(wireValue.invoke(constant)).as(type + " " + wire).isEqualTo(wire);
                known.add(constant);
            }
            Object unknown = fromWire.invoke(null, "added_by_commet_later");
            assertThat(unknown).hasToString("UNKNOWN");
            known.add(unknown);
            assertThat(List.<Object>of(type.getEnumConstants())).containsExactlyElementsOf(known);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type + " needs fromWire(String) and wireValue()", e);
        }
    }

    private static void checkInstantAccessor(RecordComponent c, String what) {
        try {
            Method accessor = c.getDeclaringRecord().getMethod(c.getName() + "Instant");
            assertThat(accessor.getReturnType()).as(what + "Instant()").isEqualTo(Instant.class);
            assertThat(accessor.isAnnotationPresent(Nullable.class))
                    .as(what + "Instant() @Nullable")
                    .isEqualTo(c.isAnnotationPresent(Nullable.class));
        } catch (NoSuchMethodException e) {
            fail(what + " is an ISO-8601 date and needs " + c.getName() + "Instant()");
        }
    }

    private static Type[] typeArguments(Type generic) {
        assertThat(generic).isInstanceOf(ParameterizedType.class);
        return ((ParameterizedType) generic).getActualTypeArguments();
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
