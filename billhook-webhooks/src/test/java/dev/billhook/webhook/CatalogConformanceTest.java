package dev.billhook.webhook;

import static dev.billhook.webhook.Catalog.EVENT_PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.billhook.webhook.event.UnknownEvent;
import dev.billhook.webhook.internal.EventRegistry;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The typed events are checked against the contract in both directions, field by field and
 * recursively into shared types, so an edit to either side that breaks the other fails the build.
 * The type rules themselves are checked by {@link RecordShape}.
 */
class CatalogConformanceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<JsonNode> EVENTS = Catalog.events();
    private static final Set<String> CATALOG_TYPES =
            EVENTS.stream().map(e -> e.get("type").asText()).collect(Collectors.toSet());

    @Test
    void contractCopyEqualsTheSharedCatalog() throws IOException {
        Path shared = Catalog.REPO_ROOT.resolve("../shared/commet-catalog.json").normalize();
        assumeTrue(Files.exists(shared), "no shared catalog at " + shared);
        assertThat(Files.readAllBytes(Catalog.FILE))
                .as("contract/commet-catalog.json must be a verbatim copy of " + shared)
                .isEqualTo(Files.readAllBytes(shared));
    }

    @Test
    void everyCatalogEventIsTypedAndNothingElseIs() {
        assertThat(EVENTS).hasSize(56);
        assertThat(EventRegistry.typedTypes()).containsExactlyInAnyOrderElementsOf(CATALOG_TYPES);
    }

    @Test
    void theSealedInterfacePermitsExactlyTheEventRecordsAndUnknownEvent() throws Exception {
        Set<Class<?>> expected = new HashSet<>();
        for (JsonNode e : EVENTS) {
            expected.add(Class.forName(EVENT_PACKAGE + Catalog.eventClassName(e)));
        }
        expected.add(UnknownEvent.class);
        assertThat(WebhookEvent.class.getPermittedSubclasses())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @TestFactory
    Stream<DynamicTest> eachEventRecordMatchesItsCatalogEntry() {
        return EVENTS.stream()
                .map(e -> DynamicTest.dynamicTest(e.get("type").asText(), () -> checkEvent(e)));
    }

    @TestFactory
    Stream<DynamicTest> eachEventHasItsTypedHandlerMethod() {
        return EVENTS.stream()
                .map(
                        e ->
                                DynamicTest.dynamicTest(
                                        e.get("type").asText(), () -> checkHandlerMethod(e)));
    }

    @Test
    void typedHandlersHasNoMethodForATypeOutsideTheCatalog() {
        Set<String> expected =
                CATALOG_TYPES.stream().map(Catalog::handlerName).collect(Collectors.toSet());
        Set<String> actual =
                Arrays.stream(TypedHandlers.class.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()))
                        .map(Method::getName)
                        .filter(n -> !n.equals("on"))
                        .collect(Collectors.toSet());
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyDecimalFieldNamesARealCatalogNumber() {
        for (String owned : Catalog.FRACTIONAL) {
            String[] parts = owned.split("\\.");
            JsonNode fields = fieldsOf(parts[0]);
            assertThat(fields).as(owned).isNotNull();
            assertThat(Catalog.names(fields)).as(owned).contains(parts[1]);
        }
    }

    @Test
    void aTypeOutsideTheCatalogParsesAsUnknownEvent() {
        byte[] body = Payloads.utf8(Payloads.envelope("whev_x", "customer.merged", "{\"a\":1}"));
        assertThat(CATALOG_TYPES).doesNotContain("customer.merged");
        assertThat(WebhookParser.parse(body)).isInstanceOf(UnknownEvent.class);
    }

    @Test
    void envelopeMatchesTheCatalog() {
        JsonNode fields = Catalog.ROOT.get("envelope").get("fields");
        JsonNode mode = find(fields, "mode");
        assertThat(Arrays.stream(Envelope.Mode.values()).map(Envelope.Mode::wireValue))
                .containsExactlyElementsOf(RecordShape.texts(mode.get("enum")));
        assertThat(find(fields, "id").get("optional").asBoolean()).isTrue();
        assertThat(Envelope.class.getRecordComponents()[0].isAnnotationPresent(Nullable.class))
                .as("Envelope.id is optional in the catalog")
                .isTrue();
    }

    @TestFactory
    Stream<DynamicTest> coreFixtureBodiesCarryEveryCatalogField() {
        return CoreEventBodies.DATA.entrySet().stream()
                .map(
                        entry ->
                                DynamicTest.dynamicTest(
                                        entry.getKey(),
                                        () -> {
                                            JsonNode data = MAPPER.readTree(entry.getValue());
                                            assertThat(data.fieldNames())
                                                    .toIterable()
                                                    .containsExactlyElementsOf(
                                                            Catalog.names(
                                                                    Catalog.event(entry.getKey())
                                                                            .get("fields")));
                                        }));
    }

    private static void checkEvent(JsonNode event) throws Exception {
        String dataType = event.get("dataType").asText();
        Class<?> data = Class.forName(EVENT_PACKAGE + dataType);
        RecordShape.check(data, event.get("fields"));

        Class<?> eventClass = Class.forName(EVENT_PACKAGE + Catalog.eventClassName(event));
        assertThat(eventClass.isRecord()).isTrue();
        assertThat(WebhookEvent.class.isAssignableFrom(eventClass)).isTrue();
        assertThat(eventClass.getField("TYPE").get(null)).isEqualTo(event.get("type").asText());
        RecordComponent[] parts = eventClass.getRecordComponents();
        assertThat(parts).extracting(RecordComponent::getName).containsExactly("envelope", "data");
        assertThat(parts[0].getType()).isEqualTo(Envelope.class);
        assertThat(parts[1].getType()).isEqualTo(data);
    }

    private static void checkHandlerMethod(JsonNode event) throws Exception {
        Class<?> eventClass = Class.forName(EVENT_PACKAGE + Catalog.eventClassName(event));
        Method m =
                TypedHandlers.class.getMethod(
                        Catalog.handlerName(event.get("type").asText()), EventHandler.class);
        ParameterizedType handler = (ParameterizedType) m.getGenericParameterTypes()[0];
        assertThat(handler.getActualTypeArguments()).containsExactly(eventClass);
    }

    private static JsonNode fieldsOf(String recordName) {
        for (JsonNode e : EVENTS) {
            if (e.get("dataType").asText().equals(recordName)) {
                return e.get("fields");
            }
        }
        JsonNode shared = Catalog.type(recordName);
        return shared == null ? null : shared.get("fields");
    }

    private static JsonNode find(JsonNode fields, String name) {
        for (JsonNode f : fields) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("catalog field " + name + " not found");
    }
}
