package dev.billhook.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.billhook.webhook.event.PaymentProvider;
import dev.billhook.webhook.event.UnknownEvent;
import dev.billhook.webhook.internal.EventRegistry;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The typed events are checked against the contract, field by field, so an edit to either side that
 * breaks the other fails the build.
 */
class CatalogConformanceTest {
    static final Set<String> CORE_TYPES = CoreEventBodies.DATA.keySet();
    private static final String EVENT_PACKAGE = "dev.billhook.webhook.event.";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path repoRoot = findRepoRoot();
    private final JsonNode catalog = read(repoRoot.resolve("contract/commet-catalog.json"));

    @Test
    void contractCopyEqualsTheSharedCatalog() throws IOException {
        Path shared = repoRoot.resolve("../shared/commet-catalog.json").normalize();
        assumeTrue(Files.exists(shared), "no shared catalog at " + shared);
        assertThat(Files.readAllBytes(repoRoot.resolve("contract/commet-catalog.json")))
                .as("contract/commet-catalog.json must be a verbatim copy of " + shared)
                .isEqualTo(Files.readAllBytes(shared));
    }

    @Test
    void exactlyTheCoreTypesAreTypedAndSealed() {
        assertThat(EventRegistry.typedTypes()).containsExactlyInAnyOrderElementsOf(CORE_TYPES);
        assertThat(WebhookEvent.class.getPermittedSubclasses())
                .hasSize(CORE_TYPES.size() + 1)
                .contains(UnknownEvent.class);
    }

    @TestFactory
    Stream<DynamicTest> eachCoreEventMatchesItsCatalogEntry() {
        return events().filter(e -> CORE_TYPES.contains(e.get("type").asText()))
                .map(e -> DynamicTest.dynamicTest(e.get("type").asText(), () -> checkEvent(e)));
    }

    @Test
    void everyOtherCatalogTypeParsesAsUnknownEvent() {
        List<String> others =
                events().map(e -> e.get("type").asText())
                        .filter(t -> !CORE_TYPES.contains(t))
                        .collect(Collectors.toList());
        assertThat(others).hasSize(catalog.get("events").size() - CORE_TYPES.size());
        for (String type : others) {
            byte[] body = Payloads.utf8(Payloads.envelope("whev_x", type, "{\"any\":1}"));
            assertThat(WebhookParser.parse(body)).as(type).isInstanceOf(UnknownEvent.class);
        }
    }

    @Test
    void envelopeMatchesTheCatalog() throws Exception {
        JsonNode fields = catalog.get("envelope").get("fields");
        JsonNode mode = find(fields, "mode");
        assertThat(Arrays.stream(Envelope.Mode.values()).map(Envelope.Mode::wireValue))
                .containsExactlyElementsOf(texts(mode.get("enum")));
        assertThat(find(fields, "id").get("optional").asBoolean()).isTrue();
        assertThat(Envelope.class.getRecordComponents()[0].isAnnotationPresent(Nullable.class))
                .as("Envelope.id is optional in the catalog")
                .isTrue();
    }

    @Test
    void paymentProviderCoversTheCatalogEnum() {
        JsonNode values = catalog.get("types").get("PaymentProvider").get("enum");
        for (String wire : texts(values)) {
            assertThat(PaymentProvider.fromWire(wire))
                    .as(wire)
                    .isNotEqualTo(PaymentProvider.UNKNOWN);
        }
        assertThat(PaymentProvider.values()).hasSize(values.size() + 1);
    }

    @TestFactory
    Stream<DynamicTest> fixtureBodiesCarryEveryCatalogField() {
        return events().filter(e -> CORE_TYPES.contains(e.get("type").asText()))
                .map(
                        e ->
                                DynamicTest.dynamicTest(
                                        e.get("type").asText(),
                                        () -> {
                                            JsonNode data =
                                                    MAPPER.readTree(
                                                            CoreEventBodies.DATA.get(
                                                                    e.get("type").asText()));
                                            List<String> names = new ArrayList<>();
                                            data.fieldNames().forEachRemaining(names::add);
                                            assertThat(names)
                                                    .containsExactlyElementsOf(
                                                            names(e.get("fields")));
                                        }));
    }

    private void checkEvent(JsonNode event) throws Exception {
        String dataType = event.get("dataType").asText();
        Class<?> data = Class.forName(EVENT_PACKAGE + dataType);
        checkRecord(data, event.get("fields"));

        Class<?> eventClass =
                Class.forName(EVENT_PACKAGE + dataType.replaceFirst("Data$", "Event"));
        assertThat(eventClass.isRecord()).isTrue();
        assertThat(WebhookEvent.class.isAssignableFrom(eventClass)).isTrue();
        assertThat(eventClass.getField("TYPE").get(null)).isEqualTo(event.get("type").asText());
        RecordComponent[] parts = eventClass.getRecordComponents();
        assertThat(parts).extracting(RecordComponent::getName).containsExactly("envelope", "data");
        assertThat(parts[0].getType()).isEqualTo(Envelope.class);
        assertThat(parts[1].getType()).isEqualTo(data);
    }

    /** Components equal the catalog fields by name and order, with mapped types. */
    private void checkRecord(Class<?> record, JsonNode fields) {
        assertThat(record.isRecord()).as(record + " is a record").isTrue();
        RecordComponent[] components = record.getRecordComponents();
        assertThat(components)
                .extracting(RecordComponent::getName)
                .as(record.getSimpleName())
                .containsExactlyElementsOf(names(fields));
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            JsonNode f = fields.get(i);
            String what = record.getSimpleName() + "." + c.getName();
            boolean mayBeNull = f.get("nullable").asBoolean() || f.get("optional").asBoolean();
            assertThat(c.isAnnotationPresent(Nullable.class))
                    .as(what + " @Nullable")
                    .isEqualTo(mayBeNull);
            if (mayBeNull) {
                assertThat(c.getType().isPrimitive()).as(what + " must be boxed").isFalse();
            }
            String base = f.get("type").asText().replace(" | null", "");
            switch (base) {
                case "string" -> assertThat(c.getType()).as(what).isEqualTo(String.class);
                case "number" ->
                        assertThat(c.getType())
                                .as(what)
                                .isEqualTo(mayBeNull ? Long.class : long.class);
                case "boolean" ->
                        assertThat(c.getType())
                                .as(what)
                                .isEqualTo(mayBeNull ? Boolean.class : boolean.class);
                case "PaymentProvider" ->
                        assertThat(c.getType()).as(what).isEqualTo(PaymentProvider.class);
                default -> {
                    JsonNode shared = catalog.get("types").get(base);
                    if (shared == null || !shared.has("fields")) {
                        fail(what + ": no mapping for catalog type " + base);
                    }
                    assertThat(c.getType().getName()).as(what).isEqualTo(EVENT_PACKAGE + base);
                    checkRecord(c.getType(), shared.get("fields"));
                }
            }
        }
    }

    private Stream<JsonNode> events() {
        return StreamSupport.stream(catalog.get("events").spliterator(), false);
    }

    private static List<String> names(JsonNode fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode find(JsonNode fields, String name) {
        for (JsonNode f : fields) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("catalog field " + name + " not found");
    }

    /** Walks up from the module directory to the checkout that holds contract/. */
    private static Path findRepoRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
                dir != null;
                dir = dir.getParent()) {
            if (Files.exists(dir.resolve("contract/commet-catalog.json"))) {
                return dir;
            }
        }
        throw new AssertionError("contract/commet-catalog.json not found above user.dir");
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
