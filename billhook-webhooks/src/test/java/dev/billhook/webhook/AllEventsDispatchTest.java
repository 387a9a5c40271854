package dev.billhook.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.billhook.webhook.CatalogBodies.Fill;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every catalog event, generated from the catalog, signed, dispatched through a real dispatcher to
 * the handler its {@code on<Name>} method registered, and read back typed field by field: once with
 * every field filled and once with only the required ones.
 */
class AllEventsDispatchTest {
    private final List<WebhookEvent> received = new ArrayList<>();
    private final WebhookDispatcher dispatcher = dispatcherWithEveryTypedHandler();

    @TestFactory
    Stream<DynamicTest> everyEventWithEveryFieldFilled() {
        return Catalog.events().stream().map(e -> deliverTest(e, Fill.EVERY_FIELD));
    }

    @TestFactory
    Stream<DynamicTest> everyEventWithOnlyRequiredFields() {
        return Catalog.events().stream().map(e -> deliverTest(e, Fill.REQUIRED_ONLY));
    }

    private DynamicTest deliverTest(JsonNode catalogEvent, Fill fill) {
        String type = catalogEvent.get("type").asText();
        return DynamicTest.dynamicTest(
                type,
                () -> {
                    received.clear(); // dynamic tests share this instance
                    byte[] body = Payloads.utf8(CatalogBodies.body(type, fill));
                    WebhookResponse response =
                            dispatcher.handle(
                                    body,
                                    HeaderLookup.of(
                                            Map.of(
                                                    WebhookHeaders.SIGNATURE,
                                                    Payloads.signature(body))));

                    assertThat(response).as(type).isEqualTo(WebhookResponse.RECEIVED);
                    assertThat(received).as(type).hasSize(1);
                    WebhookEvent event = received.get(0);
                    assertThat(event.getClass().getSimpleName())
                            .isEqualTo(Catalog.eventClassName(catalogEvent));
                    assertThat(event.type()).isEqualTo(type);
                    Object data = event.getClass().getMethod("data").invoke(event);
                    TypedMatch.assertMatches(data, CatalogBodies.data(type, fill), "data");
                });
    }

    /** Registers one recording handler through each {@code on<Name>} method, by reflection. */
    private WebhookDispatcher dispatcherWithEveryTypedHandler() {
        WebhookDispatcher.Builder builder =
                WebhookDispatcher.builder(Payloads.SECRET)
                        .onError(
                                (error, event) -> {
                                    throw new AssertionError("unexpected failure", error);
                                });
        EventHandler<WebhookEvent> record = received::add;
        try {
            for (JsonNode e : Catalog.events()) {
                Method on =
                        TypedHandlers.class.getMethod(
                                Catalog.handlerName(e.get("type").asText()), EventHandler.class);
                on.invoke(builder, record);
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return builder.build();
    }
}
