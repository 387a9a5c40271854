package dev.billhook.webhook;

import static dev.billhook.webhook.Payloads.envelope;
import static dev.billhook.webhook.Payloads.utf8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billhook.webhook.WebhookVerificationException.Reason;
import dev.billhook.webhook.event.PaymentProvider;
import dev.billhook.webhook.event.PaymentReceivedEvent;
import dev.billhook.webhook.event.SubscriptionCreatedEvent;
import dev.billhook.webhook.event.UnknownEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

class WebhookParserTest {
    private static final String PAYMENT_FIELDS =
            "\"invoiceId\":\"inv_1\",\"invoiceNumber\":\"A-1\","
                + "\"customerId\":\"cus_1\",\"subscriptionId\":null,\"paymentTransactionId\":null,"
                + "\"grossAmount\":null,\"currency\":null,\"orgNetAmount\":null,\"customerEmail\":null";

    @Test
    void readsTheEnvelope() {
        Envelope e = WebhookParser.parse(utf8(Payloads.subscriptionCreated())).envelope();
        assertThat(e.id()).isEqualTo("whev_created_1");
        assertThat(e.type()).isEqualTo("subscription.created");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-03-25T14:30:00Z"));
        assertThat(e.rawTimestamp()).isEqualTo("2026-03-25T14:30:00.000Z");
        assertThat(e.organizationId()).isEqualTo("org_42");
        assertThat(e.mode()).isEqualTo(Envelope.Mode.LIVE);
        assertThat(e.apiVersion()).isEqualTo("2026-07-11");
    }

    @Test
    void ignoresUnknownFieldsInEnvelopeAndData() {
        String body =
                Payloads.subscriptionCreated()
                        .replace(
                                "\"data\":{",
                                "\"future\":[1,{}],\"data\":{\"extra\":{\"deep\":true},");
        assertThat(WebhookParser.parse(utf8(body))).isInstanceOf(SubscriptionCreatedEvent.class);
    }

    @Test
    void unknownTypeBecomesUnknownEventWithPlainJavaData() {
        String body =
                envelope(
                        "whev_9",
                        "customer.merged",
                        "{\"name\":\"Zoë\",\"n\":3,\"big\":123456789012345678901,\"r\":1.5,"
                            + "\"ok\":true,\"none\":null,\"list\":[1,\"a\"],\"obj\":{\"k\":\"v\"}}");
        UnknownEvent event = (UnknownEvent) WebhookParser.parse(utf8(body));
        Map<String, Object> data = event.data();
        assertThat(data)
                .containsEntry("name", "Zoë")
                .containsEntry("n", 3L)
                .containsEntry("r", 1.5)
                .containsEntry("ok", true)
                .containsEntry("none", null)
                .containsEntry("list", List.of(1L, "a"))
                .containsEntry("obj", Map.of("k", "v"));
        assertThat(data.get("big")).hasToString("123456789012345678901");
        assertThat(data.keySet()).startsWith("name", "n", "big");
    }

    @Test
    void absentIdIsNullBecauseTheCatalogMarksItOptional() {
        String body = Payloads.subscriptionCreated().replace("\"id\":\"whev_created_1\",", "");
        assertThat(WebhookParser.parse(utf8(body)).id()).isNull();
    }

    @Test
    void nullableAndOptionalFieldsMayBeNullOrAbsent() {
        PaymentReceivedEvent event =
                (PaymentReceivedEvent)
                        WebhookParser.parse(
                                utf8(
                                        envelope(
                                                "whev_p",
                                                "payment.received",
                                                "{\"invoiceId\":\"inv_1\",\"invoiceNumber\":\"A-1\",\"invoiceTotal\":100,"
                                                    + "\"customerId\":\"cus_1\",\"provider\":null}")));
        assertThat(event.data().subscriptionId()).isNull();
        assertThat(event.data().provider()).isNull();
        assertThat(event.data().paidAt()).isNull();
        assertThat(event.data().paidAtInstant()).isNull();
    }

    @Test
    void unrecognizedProviderIsUnknownNotAnError() {
        PaymentReceivedEvent event =
                (PaymentReceivedEvent)
                        WebhookParser.parse(
                                utf8(
                                        envelope(
                                                "whev_p",
                                                "payment.received",
                                                "{"
                                                        + PAYMENT_FIELDS
                                                        + ",\"invoiceTotal\":100,\"provider\":\"newpay\"}")));
        assertThat(event.data().provider()).isEqualTo(PaymentProvider.UNKNOWN);
    }

    @Test
    void integralFloatIsAcceptedForCents() {
        PaymentReceivedEvent event =
                (PaymentReceivedEvent)
                        WebhookParser.parse(
                                utf8(
                                        envelope(
                                                "whev_p",
                                                "payment.received",
                                                "{"
                                                        + PAYMENT_FIELDS
                                                        + ",\"invoiceTotal\":1999.0}")));
        assertThat(event.data().invoiceTotal()).isEqualTo(1999L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1999\"", "19.99", "true", "{}", "1e30", "null"})
    void wrongTypedOrMissingMoneyIsMalformed(String total) {
        String body =
                envelope(
                        "whev_p",
                        "payment.received",
                        "{" + PAYMENT_FIELDS + ",\"invoiceTotal\":" + total + "}");
        assertMalformed(body, "data.invoiceTotal");
    }

    @Test
    void wrongTypedRequiredStringIsMalformed() {
        assertMalformed(
                Payloads.subscriptionCreated().replace("\"cus_1\"", "42"), "data.customerId");
    }

    @Test
    void missingRequiredFieldIsMalformed() {
        assertMalformed(
                Payloads.subscriptionCreated().replace("\"planId\":\"plan_pro\",", ""),
                "data.planId is required");
    }

    @Test
    void wrongNestedRecordIsMalformedWithItsPath() {
        String body =
                envelope(
                        "whev_pc",
                        "subscription.plan_changed",
                        "{\"subscriptionId\":\"sub_1\",\"customerId\":\"cus_1\","
                            + "\"previousPlan\":{\"id\":\"plan_a\"},\"currentPlan\":{\"id\":\"b\",\"name\":\"B\"},"
                            + "\"billingInterval\":null,\"credit\":0,\"charge\":0,\"totalCharged\":0}");
        assertMalformed(body, "data.previousPlan.name is required");
    }

    @Test
    void envelopeProblemsAreMalformed() {
        String good = Payloads.subscriptionCreated();
        assertMalformed(good.replace("\"live\"", "\"LIVE\""), "mode");
        assertMalformed(good.replace(Payloads.TIMESTAMP, "yesterday"), "timestamp");
        assertMalformed(good.replace("\"organizationId\":\"org_42\",", ""), "organizationId");
        assertMalformed(good.replace("\"subscription.created\"", "7"), "event");
        assertMalformed(good.substring(0, good.indexOf(",\"data\"")) + "}", "data is required");
        assertMalformed(envelope("whev_u", "customer.merged", "[1]"), "data must be an object");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "not json",
                "[]",
                "\"text\"",
                "null",
                "{\"a\":1}{}",
                "{\"id\":\"1\",\"id\":\"2\"}",
                "{\"unterminated\":"
            })
    void nonEnvelopeBodiesAreMalformed(String body) {
        assertThatThrownBy(() -> WebhookParser.parse(utf8(body)))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_PAYLOAD));
    }

    @Test
    void dateAccessorsParseTheRawStrings() {
        SubscriptionCreatedEvent event =
                (SubscriptionCreatedEvent)
                        WebhookParser.parse(utf8(Payloads.subscriptionCreated()));
        assertThat(event.data().startDate()).isEqualTo("2026-03-25T14:30:00.000Z");
        assertThat(event.data().startDateInstant())
                .isEqualTo(Instant.parse("2026-03-25T14:30:00Z"));
    }

    private static void assertMalformed(String body, String messagePart) {
        assertThatThrownBy(() -> WebhookParser.parse(utf8(body)))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_PAYLOAD))
                .hasMessageContaining(messagePart);
    }
}
