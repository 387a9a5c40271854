package dev.billhook.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.event.InvoiceCreatedEvent;
import dev.billhook.webhook.event.PaymentFailedEvent;
import dev.billhook.webhook.event.PaymentProvider;
import dev.billhook.webhook.event.PaymentReceivedEvent;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;
import dev.billhook.webhook.event.SubscriptionCanceledEvent;
import dev.billhook.webhook.event.SubscriptionCreatedEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangedEvent;
import dev.billhook.webhook.event.SubscriptionUpdatedEvent;
import dev.billhook.webhook.event.WebhookPlanRef;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every core event, signed, dispatched to its typed handler, read back field by field. */
class CoreEventsDispatchTest {
    private final Map<String, WebhookEvent> received = new LinkedHashMap<>();
    private WebhookDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        dispatcher =
                WebhookDispatcher.builder(Payloads.SECRET)
                        .onSubscriptionCreated(this::record)
                        .onSubscriptionActivated(this::record)
                        .onSubscriptionUpdated(this::record)
                        .onSubscriptionCanceled(this::record)
                        .onSubscriptionPlanChanged(this::record)
                        .onPaymentReceived(this::record)
                        .onPaymentFailed(this::record)
                        .onInvoiceCreated(this::record)
                        .onError(
                                (error, event) -> {
                                    throw new AssertionError("unexpected failure", error);
                                })
                        .build();
    }

    private void record(WebhookEvent event) {
        received.put(event.type(), event);
    }

    private <E extends WebhookEvent> E deliver(String type, Class<E> expected) {
        byte[] body = Payloads.utf8(CoreEventBodies.body(type));
        WebhookResponse response =
                dispatcher.handle(
                        body,
                        HeaderLookup.of(
                                Map.of(WebhookHeaders.SIGNATURE, Payloads.signature(body))));
        assertThat(response).as(type).isEqualTo(WebhookResponse.RECEIVED);
        assertThat(received.get(type)).as(type).isInstanceOf(expected);
        E event = expected.cast(received.get(type));
        assertThat(event.id()).isEqualTo("whev_" + type.replace('.', '_'));
        assertThat(event.envelope().mode()).isEqualTo(Envelope.Mode.LIVE);
        return event;
    }

    @Test
    void subscriptionCreated() {
        var d = deliver("subscription.created", SubscriptionCreatedEvent.class).data();
        assertThat(d.subscriptionId()).isEqualTo("sub_01HZX");
        assertThat(d.customerId()).isEqualTo("acme-42");
        assertThat(d.planId()).isEqualTo("plan_pro");
        assertThat(d.planName()).isEqualTo("Pro");
        assertThat(d.status()).isEqualTo("pending_payment");
        assertThat(d.startDateInstant()).isEqualTo(Instant.parse("2026-03-25T14:30:00Z"));
        assertThat(d.name()).isNull();
    }

    @Test
    void subscriptionActivated() {
        var d = deliver("subscription.activated", SubscriptionActivatedEvent.class).data();
        assertThat(d.status()).isEqualTo("active");
        assertThat(d.currentPeriodEnd()).isEqualTo("2026-04-25T14:30:00.000Z");
        assertThat(d.currentPeriodEndInstant()).isEqualTo(Instant.parse("2026-04-25T14:30:00Z"));
        assertThat(d.name()).isEqualTo("Acme Pro");
        assertThat(d.invoiceNumber()).isEqualTo("INV-2026-0001");
        assertThat(d.invoiceTotal()).isEqualTo(4900L);
        assertThat(d.invoiceCurrency()).isEqualTo("USD");
        assertThat(d.provider()).isEqualTo(PaymentProvider.STRIPE);
    }

    @Test
    void subscriptionUpdated() {
        var d = deliver("subscription.updated", SubscriptionUpdatedEvent.class).data();
        assertThat(d.status()).isEqualTo("active");
        assertThat(d.canceledAtInstant()).isEqualTo(Instant.parse("2026-04-02T09:00:00Z"));
        assertThat(d.cancelReason()).isNull();
        assertThat(d.endDate()).isEqualTo("2026-04-25T14:30:00.000Z");
    }

    @Test
    void subscriptionCanceled() {
        var d = deliver("subscription.canceled", SubscriptionCanceledEvent.class).data();
        assertThat(d.status()).isEqualTo("canceled");
        assertThat(d.cancelReason()).isEqualTo("dunning_exhausted");
        assertThat(d.endDateInstant()).isEqualTo(Instant.parse("2026-04-25T14:30:00Z"));
    }

    @Test
    void subscriptionPlanChanged() {
        var d = deliver("subscription.plan_changed", SubscriptionPlanChangedEvent.class).data();
        assertThat(d.previousPlan()).isEqualTo(new WebhookPlanRef("plan_pro", "Pro"));
        assertThat(d.currentPlan()).isEqualTo(new WebhookPlanRef("plan_team", "Team"));
        assertThat(d.billingInterval()).isEqualTo("yearly");
        assertThat(d.credit()).isEqualTo(1650L);
        assertThat(d.charge()).isEqualTo(49000L);
        assertThat(d.totalCharged()).isEqualTo(47350L);
    }

    @Test
    void paymentReceived() {
        var d = deliver("payment.received", PaymentReceivedEvent.class).data();
        assertThat(d.invoiceTotal()).isEqualTo(4900L);
        assertThat(d.subscriptionId()).isEqualTo("sub_01HZX");
        assertThat(d.paymentTransactionId()).isEqualTo("pi_3Abc");
        assertThat(d.provider()).isEqualTo(PaymentProvider.DLOCAL);
        assertThat(d.grossAmount()).isEqualTo(4900L);
        assertThat(d.orgNetAmount()).isEqualTo(4728L);
        assertThat(d.currency()).isEqualTo("USD");
        assertThat(d.customerEmail()).isEqualTo("billing@acme.test");
        assertThat(d.paidAtInstant()).isEqualTo(Instant.parse("2026-04-25T14:31:07.250Z"));
    }

    @Test
    void paymentFailed() {
        var d = deliver("payment.failed", PaymentFailedEvent.class).data();
        assertThat(d.invoiceId()).isEqualTo("inv_003");
        assertThat(d.failureCode()).isEqualTo("card_declined");
        assertThat(d.failureMessage()).isEqualTo("Your card was declined.");
        assertThat(d.recoveryUrl()).isEqualTo("https://billing.acme.test/recover/inv_003");
    }

    @Test
    void invoiceCreated() {
        var d = deliver("invoice.created", InvoiceCreatedEvent.class).data();
        assertThat(d.invoiceStatus()).isEqualTo("open");
        assertThat(d.periodStart()).isEqualTo("2026-04-25");
        assertThat(d.periodStartInstant()).isEqualTo(Instant.parse("2026-04-25T00:00:00Z"));
        assertThat(d.dueDateInstant()).isEqualTo(Instant.parse("2026-05-02T14:30:00Z"));
        assertThat(d.subtotal()).isEqualTo(4500L);
        assertThat(d.total()).isEqualTo(4900L);
        assertThat(d.subscriptionId()).isNull();
    }

    @Test
    void allEightCoreTypesAreCovered() {
        for (String type : CoreEventBodies.DATA.keySet()) {
            byte[] body = Payloads.utf8(CoreEventBodies.body(type));
            String signature = Payloads.signature(body);
            dispatcher.handle(body, HeaderLookup.of(Map.of(WebhookHeaders.SIGNATURE, signature)));
        }
        assertThat(received.keySet()).containsExactlyElementsOf(CoreEventBodies.DATA.keySet());
    }
}
