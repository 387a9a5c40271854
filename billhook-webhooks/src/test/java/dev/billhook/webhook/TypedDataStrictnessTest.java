package dev.billhook.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.billhook.webhook.CatalogBodies.Fill;
import dev.billhook.webhook.WebhookVerificationException.Reason;
import dev.billhook.webhook.event.CustomerCreatedEvent;
import dev.billhook.webhook.event.CustomerStateChangedEvent;
import dev.billhook.webhook.event.PaymentProvider;
import dev.billhook.webhook.event.SubscriptionReactivatedEvent;
import dev.billhook.webhook.event.UsageRecordedEvent;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Lists, decimals, maps and enums are read as strictly as the scalars, for every event type. */
class TypedDataStrictnessTest {

    @TestFactory
    Stream<DynamicTest> missingARequiredFieldIsMalformedOnEveryEvent() {
        return Catalog.events().stream()
                .map(
                        e -> {
                            String type = e.get("type").asText();
                            String field = firstRequired(e.get("fields"));
                            return DynamicTest.dynamicTest(
                                    type,
                                    () ->
                                            assertMalformed(
                                                    type,
                                                    d -> d.remove(field),
                                                    "data." + field + " is required"));
                        });
    }

    @TestFactory
    Stream<DynamicTest> aWrongJsonTypeIsMalformedOnEveryEvent() {
        return Catalog.events().stream()
                .map(
                        e -> {
                            String type = e.get("type").asText();
                            String field = firstRequired(e.get("fields"));
                            return DynamicTest.dynamicTest(
                                    type,
                                    () ->
                                            assertMalformed(
                                                    type,
                                                    d -> d.putArray(field),
                                                    "data." + field + " must be"));
                        });
    }

    @TestFactory
    Stream<DynamicTest> unknownFieldsAreIgnoredOnEveryEvent() {
        return Catalog.events().stream()
                .map(
                        e -> {
                            String type = e.get("type").asText();
                            return DynamicTest.dynamicTest(
                                    type,
                                    () -> {
                                        ObjectNode data = CatalogBodies.data(type, Fill.EVERY_FIELD);
                                        data.putObject("addedLater").put("deep", true);
                                        assertThat(parse(type, data).getClass().getSimpleName())
                                                .isEqualTo(Catalog.eventClassName(e));
                                    });
                        });
    }

    @Test
    void listsRejectNullsAndWrongShapesNamingTheIndex() {
        assertMalformed(
                "customer.state_changed",
                d -> ((ArrayNode) d.get("features")).addNull(),
                "data.features[1] must not be null");
        assertMalformed(
                "customer.state_changed",
                d -> ((ObjectNode) d.get("seats").get(0)).put("current", "5"),
                "data.seats[0].current must be an integer");
        assertMalformed(
                "customer.state_changed",
                d -> d.putObject("features"),
                "data.features must be an array");
    }

    @Test
    void listsAreImmutableAndMayBeEmpty() {
        ObjectNode data = CatalogBodies.data("customer.state_changed", Fill.EVERY_FIELD);
        data.putArray("seats");
        var event = (CustomerStateChangedEvent) parse("customer.state_changed", data);
        assertThat(event.data().seats()).isEmpty();
        assertThatThrownBy(() -> event.data().features().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void decimalsKeepTheirExactValueAndIntegersStayStrict() {
        ObjectNode data = CatalogBodies.data("usage.recorded", Fill.EVERY_FIELD);
        data.put("value", new BigDecimal("0.1"));
        var usage = (UsageRecordedEvent) parse("usage.recorded", data);
        assertThat(usage.data().value()).isEqualTo(new BigDecimal("0.1"));

        data.put("value", 3);
        assertThat(((UsageRecordedEvent) parse("usage.recorded", data)).data().value())
                .isEqualByComparingTo("3");
        assertMalformed("usage.recorded", d -> d.put("value", "0.5"), "data.value must be a number");
        assertMalformed(
                "payout.created", d -> d.put("fee", 1.5), "data.fee must be an integer");
    }

    @Test
    void metadataIsAnUnmodifiableMapAndMustBeAnObject() {
        var event =
                (CustomerCreatedEvent)
                        parse(
                                "customer.created",
                                CatalogBodies.data("customer.created", Fill.EVERY_FIELD));
        assertThat(event.data().metadata()).containsEntry("crmId", "hs_981");
        assertThatThrownBy(() -> event.data().metadata().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertMalformed(
                "customer.created", d -> d.put("metadata", "x"), "data.metadata must be an object");
    }

    @Test
    void anUnknownProviderIsUnknownNotMalformed() {
        ObjectNode data = CatalogBodies.data("subscription.reactivated", Fill.EVERY_FIELD);
        data.put("provider", "adyen");
        var event = (SubscriptionReactivatedEvent) parse("subscription.reactivated", data);
        assertThat(event.data().provider()).isEqualTo(PaymentProvider.UNKNOWN);
        // Required in this event, unlike in subscription.activated.
        assertMalformed(
                "subscription.reactivated", d -> d.putNull("provider"), "data.provider is required");
    }

    private static String firstRequired(JsonNode fields) {
        for (JsonNode f : fields) {
            if (!Catalog.mayBeNull(f)) {
                return f.get("name").asText();
            }
        }
        throw new AssertionError("no required field");
    }

    private static WebhookEvent parse(String type, ObjectNode data) {
        return WebhookParser.parse(
                Payloads.utf8(Payloads.envelope("whev_s", type, data.toString())));
    }

    private static void assertMalformed(String type, Consumer<ObjectNode> edit, String message) {
        ObjectNode data = CatalogBodies.data(type, Fill.EVERY_FIELD);
        edit.accept(data);
        assertThatThrownBy(() -> parse(type, data))
                .isInstanceOf(WebhookVerificationException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((WebhookVerificationException) e).reason())
                .isEqualTo(Reason.MALFORMED_PAYLOAD);
    }
}
