package dev.billhook.webhook;

import static dev.billhook.webhook.Payloads.utf8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billhook.webhook.WebhookVerificationException.Reason;
import dev.billhook.webhook.event.SubscriptionCreatedEvent;
import dev.billhook.webhook.event.UnknownEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The parser binds in one pass over the tokens: envelope members in any order, duplicates and
 * trailing content rejected as the tree parser rejected them.
 */
class StreamingParseTest {
    private static final String DATA =
            "{\"subscriptionId\":\"sub_1\",\"customerId\":\"cus_1\",\"planId\":\"plan_pro\","
                    + "\"planName\":\"Pro\",\"status\":\"pending_payment\","
                    + "\"startDate\":\"2026-03-25T14:30:00.000Z\",\"name\":null}";
    private static final String REST =
            "\"timestamp\":\"2026-03-25T14:30:00.000Z\",\"organizationId\":\"org_42\","
                    + "\"mode\":\"live\",\"apiVersion\":\"2026-07-11\"";

    @Test
    void dataBeforeEventBindsTheSameAsAfter() {
        String before =
                "{\"data\":" + DATA + ",\"id\":\"whev_1\",\"event\":\"subscription.created\","
                        + REST + "}";
        String after = Payloads.envelope("whev_1", "subscription.created", DATA);
        assertThat(WebhookParser.parse(utf8(before))).isEqualTo(WebhookParser.parse(utf8(after)));
        assertThat(((SubscriptionCreatedEvent) WebhookParser.parse(utf8(before))).data().planId())
                .isEqualTo("plan_pro");
    }

    @Test
    void dataBeforeEventReportsTheSamePaths() {
        String missing = DATA.replace("\"planId\":\"plan_pro\",", "");
        assertMalformed(
                "{\"data\":" + missing + ",\"event\":\"subscription.created\"," + REST + "}",
                "data.planId is required");
        assertMalformed(
                "{\"data\":[1],\"event\":\"subscription.created\"," + REST + "}",
                "data must be an object");
        assertMalformed(
                "{\"data\":null,\"event\":\"subscription.created\"," + REST + "}",
                "data is required");
    }

    @Test
    void unknownEventDataIsPlainJavaInEitherOrder() {
        String data = "{\"n\":1,\"big\":12345678901234567890,\"x\":1.5,\"l\":[true,null],\"o\":{}}";
        String before = "{\"data\":" + data + ",\"event\":\"customer.merged\"," + REST + "}";
        String after = Payloads.envelope("whev_2", "customer.merged", data);
        for (String body : List.of(before, after)) {
            Map<String, Object> parsed = ((UnknownEvent) WebhookParser.parse(utf8(body))).data();
            assertThat(parsed)
                    .containsEntry("n", 1L)
                    .containsEntry("big", new BigInteger("12345678901234567890"))
                    .containsEntry("x", 1.5)
                    .containsEntry("o", Map.of());
            assertThat(parsed.get("l")).isEqualTo(java.util.Arrays.asList(true, null));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"id\":\"a\",\"id\":\"b\"," + REST + "}",
                "{\"event\":\"subscription.created\",\"event\":\"subscription.created\"," + REST
                        + "}",
                "{\"data\":{},\"data\":{},\"event\":\"customer.merged\"," + REST + "}"
            })
    void aRepeatedEnvelopeMemberIsMalformed(String body) {
        assertMalformed(body, "appears more than once");
    }

    @Test
    void aRepeatedKnownDataFieldIsMalformedInEitherOrder() {
        String twice = DATA.replace("\"planId\":\"plan_pro\",", "\"planId\":\"a\",\"planId\":\"b\",");
        assertMalformed(
                Payloads.envelope("whev_3", "subscription.created", twice),
                "data.planId appears more than once");
        assertMalformed(
                "{\"data\":" + twice + ",\"event\":\"subscription.created\"," + REST + "}",
                "data.planId appears more than once");
    }

    @Test
    void aRepeatedKeyInPlainJavaDataIsMalformed() {
        assertMalformed(
                Payloads.envelope("whev_4", "customer.merged", "{\"a\":1,\"b\":{\"c\":1,\"c\":2}}"),
                "data has a duplicate key");
    }

    @Test
    void aRepeatedUnknownFieldIsSkippedLikeAnyUnknownField() {
        String extra = DATA.replace("{", "{\"later\":1,\"later\":{\"x\":2},");
        var event =
                (SubscriptionCreatedEvent)
                        WebhookParser.parse(
                                utf8(Payloads.envelope("whev_5", "subscription.created", extra)));
        assertThat(event.data().customerId()).isEqualTo("cus_1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "1", "\"x\"", "null"})
    void trailingContentAfterTheEnvelopeIsMalformed(String trailing) {
        String body = Payloads.envelope("whev_6", "subscription.created", DATA) + " " + trailing;
        assertMalformed(body, "body is not valid JSON");
    }

    @Test
    void trailingWhitespaceIsFine() {
        String body = Payloads.envelope("whev_7", "subscription.created", DATA) + " \n";
        assertThat(WebhookParser.parse(utf8(body))).isInstanceOf(SubscriptionCreatedEvent.class);
    }

    @Test
    void syntaxErrorsInsideSkippedFieldsAreStillMalformed() {
        String body = Payloads.envelope("whev_8", "subscription.created", DATA);
        assertMalformed(body.replace("{\"id\"", "{\"x\":{\"y\":[1,}},\"id\""), "not valid JSON");
    }

    private static void assertMalformed(String body, String messagePart) {
        assertThatThrownBy(() -> WebhookParser.parse(utf8(body)))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_PAYLOAD))
                .hasMessageContaining(messagePart);
    }
}
