package dev.billhook.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

class HeaderLookupTest {
    @Test
    void singleValuedMapIsCaseInsensitiveEvenIfTheMapIsNot() {
        HeaderLookup headers = HeaderLookup.of(Map.of("x-commet-signature", "abc"));
        assertThat(headers.get("X-Commet-Signature")).isEqualTo("abc");
        assertThat(headers.get("X-COMMET-SIGNATURE")).isEqualTo("abc");
        assertThat(headers.get("X-Commet-Event")).isNull();
    }

    @Test
    void multiValuedMapUsesTheFirstValue() {
        HeaderLookup headers = HeaderLookup.of(Map.of("X-COMMET-SIGNATURE", List.of("one", "two")));
        assertThat(headers.get("x-commet-signature")).isEqualTo("one");
    }

    @Test
    void emptyListsNullValuesAndNullKeysReadAsAbsent() {
        Map<String, Object> map = new HashMap<>();
        map.put(null, List.of("HTTP/1.1 200"));
        map.put("A", List.of());
        map.put("B", null);
        HeaderLookup headers = HeaderLookup.of(map);
        assertThat(headers.get("a")).isNull();
        assertThat(headers.get("b")).isNull();
        assertThat(headers.get(null)).isNull();
    }

    @Test
    void isASnapshot() {
        Map<String, String> map = new HashMap<>(Map.of("A", "1"));
        HeaderLookup headers = HeaderLookup.of(map);
        map.put("A", "2");
        assertThat(headers.get("a")).isEqualTo("1");
    }

    @Test
    void rejectsOtherValueTypesAndNeverPrintsValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderLookup.of(Map.of("A", 1)));
        assertThat(HeaderLookup.of(Map.of("X-Commet-Signature", "s3cr3t")).toString())
                .doesNotContain("s3cr3t");
    }
}
