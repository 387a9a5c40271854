package dev.billhook.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Asserts that a typed record holds exactly what a JSON object said, component by component and
 * recursively, so a round trip through the parser is checked for every field of every event
 * without 56 hand-written assertion lists.
 */
final class TypedMatch {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TypedMatch() {}

    static void assertMatches(Object actual, JsonNode expected, String path) {
        if (expected == null || expected.isNull()) {
            assertThat(actual).as(path).isNull();
            return;
        }
        assertThat(actual).as(path).isNotNull();
        if (actual instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                assertMatches(read(c, record), expected.get(c.getName()), path + "." + c.getName());
            }
        } else if (actual instanceof List<?> list) {
            assertThat(list).as(path).hasSize(expected.size());
            @SuppressWarnings("unchecked")
            List<Object> writable = (List<Object>) list;
            assertThatThrownBy(() -> writable.add(list.get(0)))
                    .as(path + " is immutable")
                    .isInstanceOf(UnsupportedOperationException.class);
            for (int i = 0; i < list.size(); i++) {
                assertMatches(list.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else if (actual instanceof Map<?, ?> map) {
            // As text: the tree of a Map holds longs where the expected one may hold ints.
            JsonNode tree = MAPPER.valueToTree(map);
            assertThat(tree.toString()).as(path).isEqualTo(expected.toString());
        } else if (actual instanceof Enum<?> constant) {
            assertThat(wireValue(constant)).as(path).isEqualTo(expected.textValue());
        } else if (actual instanceof BigDecimal decimal) {
            assertThat(decimal).as(path).isEqualByComparingTo(expected.decimalValue());
        } else if (actual instanceof Long number) {
            assertThat(number).as(path).isEqualTo(expected.longValue());
        } else if (actual instanceof Boolean bool) {
            assertThat(bool).as(path).isEqualTo(expected.booleanValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected.textValue());
        }
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object wireValue(Enum<?> constant) {
        try {
            return constant.getClass().getMethod("wireValue").invoke(constant);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
