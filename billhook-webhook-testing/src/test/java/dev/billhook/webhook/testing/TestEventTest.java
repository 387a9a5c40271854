package dev.billhook.webhook.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.WebhookSigner;
import dev.billhook.webhook.WebhookVerificationException;
import dev.billhook.webhook.event.CustomerStateChangedEvent;
import dev.billhook.webhook.event.PaymentProvider;
import dev.billhook.webhook.event.PaymentReceivedEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangedEvent;
import dev.billhook.webhook.event.UnknownEvent;
import dev.billhook.webhook.event.UsageRecordedEvent;
import dev.billhook.webhook.event.WebhookPlanRef;
import dev.billhook.webhook.event.WebhookSeatSummary;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Overrides are checked where they are written, and reach the typed record as given. */
class TestEventTest {
    @Test
    void overridesReachTheTypedRecord() {
        PaymentReceivedEvent event =
                TestEvents.of(PaymentReceivedEvent.class)
                        .with("customerId", "cus_42")
                        .with("invoiceTotal", 1999) // an int is fine for a long
                        .with("provider", PaymentProvider.DLOCAL)
                        .with("paidAt", Instant.parse("2026-05-01T10:00:00Z"))
                        .with("customerEmail", null)
                        .mode(Envelope.Mode.SANDBOX)
                        .id("whev_fixed")
                        .build();
        assertThat(event.id()).isEqualTo("whev_fixed");
        assertThat(event.envelope().mode()).isEqualTo(Envelope.Mode.SANDBOX);
        assertThat(event.data().customerId()).isEqualTo("cus_42");
        assertThat(event.data().invoiceTotal()).isEqualTo(1999L);
        assertThat(event.data().provider()).isEqualTo(PaymentProvider.DLOCAL);
        assertThat(event.data().paidAt()).isEqualTo("2026-05-01T10:00:00.000Z");
        assertThat(event.data().customerEmail()).isNull();
        assertThat(event.data().currency()).isEqualTo("USD"); // untouched default
    }

    @Test
    void nestedRecordsListsAndDecimalsAreAccepted() {
        var plan =
                TestEvents.of(SubscriptionPlanChangedEvent.class)
                        .with("currentPlan", new WebhookPlanRef("plan_team", "Team"))
                        .with("previousPlan", Map.of("id", "plan_pro", "name", "Pro"))
                        .build();
        assertThat(plan.data().currentPlan()).isEqualTo(new WebhookPlanRef("plan_team", "Team"));
        assertThat(plan.data().previousPlan().id()).isEqualTo("plan_pro");

        var state =
                TestEvents.of(CustomerStateChangedEvent.class)
                        .with("seats", List.of(new WebhookSeatSummary("seats", 9L, 10L, 1L, false)))
                        .build();
        assertThat(state.data().seats()).extracting(WebhookSeatSummary::current).containsExactly(9L);

        var usage = TestEvents.of(UsageRecordedEvent.class).with("value", 0.25).build();
        assertThat(usage.data().value()).isEqualByComparingTo(new BigDecimal("0.25"));
    }

    @Test
    void mistakesFailWhereTheyAreWritten() {
        var event = TestEvents.of(PaymentReceivedEvent.class);
        assertThatThrownBy(() -> event.with("customerID", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no field customerID")
                .hasMessageContaining("customerId");
        assertThatThrownBy(() -> event.with("invoiceTotal", "19.99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data.invoiceTotal must be an integer");
        assertThatThrownBy(() -> event.with("invoiceTotal", 19.99))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event.with("customerId", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without(\"customerId\")");
        assertThatThrownBy(() -> event.with("provider", PaymentProvider.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("withUnchecked");
    }

    @Test
    void withoutAndWithUncheckedMakeMalformedBodiesThatAnswer400() {
        String secret = WebhookSigner.newSecret();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder(secret).build();
        var missing = TestEvents.of(PaymentReceivedEvent.class).without("customerId");
        assertThatThrownBy(missing::build).isInstanceOf(WebhookVerificationException.class);
        assertThat(missing.sign(secret).postTo(dispatcher)).isEqualTo(WebhookResponse.INVALID_PAYLOAD);

        var wrong = TestEvents.of("payment.received").withUnchecked("invoiceTotal", "19.99");
        assertThat(wrong.sign(secret).postTo(dispatcher)).isEqualTo(WebhookResponse.INVALID_PAYLOAD);
    }

    @Test
    void aTypeTheSdkDoesNotKnowTakesAnyFieldsAndBuildsAsUnknownEvent() {
        var event =
                TestEvents.of("vendor.custom_event")
                        .with("customerId", "cus_42")
                        .with("seats", 3)
                        .with("at", Instant.parse("2026-01-01T00:00:00Z"))
                        .build();
        assertThat(event).isInstanceOf(UnknownEvent.class);
        assertThat(((UnknownEvent) event).data())
                .containsEntry("customerId", "cus_42")
                .containsEntry("seats", 3L)
                .containsEntry("at", "2026-01-01T00:00:00.000Z");
    }

    @Test
    void unknownEventIsNotATypedRecordToBuildFrom() {
        assertThatThrownBy(() -> TestEvents.of(UnknownEvent.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TestEvents.of(\"");
    }
}
