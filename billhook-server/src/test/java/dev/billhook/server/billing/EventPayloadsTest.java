package dev.billhook.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each core event's data, built from domain records, against the catalog's field list. */
class EventPayloadsTest {
    static final long JAN_1 = Instant.parse("2030-01-01T00:00:00Z").toEpochMilli();
    static final long FEB_1 = Instant.parse("2030-02-01T00:00:00Z").toEpochMilli();

    static final Customer WITH_EXTERNAL_ID = new Customer("cus_1", "org_1", "user_1", "ada@example.com", null, null,
            null, null, null, JAN_1, JAN_1);
    static final Customer WITHOUT_EXTERNAL_ID = new Customer("cus_2", "org_1", null, "bob@example.com", null, null,
            null, null, null, JAN_1, JAN_1);
    static final Plan STARTER = plan("plan_s", "Starter", 900);
    static final Plan PRO = plan("plan_p", "Pro", 2900);
    static final Invoice INVOICE = new Invoice("inv_1", "org_1", "cus_1", "sub_1", "INV-000001", Invoice.OUTSTANDING,
            "usd", 900, 900, JAN_1, FEB_1, JAN_1, JAN_1, JAN_1);
    static final Payment PAID = new Payment("pay_1", "org_1", "inv_1", Payment.SUCCEEDED, 900, "usd", null, null, JAN_1);
    static final Payment DECLINED = new Payment("pay_2", "org_1", "inv_1", Payment.FAILED, 900, "usd",
            "card_declined", "The card was declined.", JAN_1);

    @Test
    void subscriptionCreated() {
        ObjectNode data = SubscriptionEvents.created(pending(), WITH_EXTERNAL_ID, STARTER);
        assertConforms("subscription.created", data);
        assertThat(data.get("customerId").asText()).isEqualTo("user_1");
        assertThat(data.get("name").isNull()).isTrue();
        assertThat(data.get("startDate").asText()).isEqualTo("2030-01-01T00:00:00.000Z");
    }

    @Test
    void subscriptionActivated() {
        ObjectNode data = SubscriptionEvents.activated(active(), WITHOUT_EXTERNAL_ID, INVOICE);
        assertConforms("subscription.activated", data);
        assertThat(data.get("customerId").asText()).as("falls back to our id").isEqualTo("cus_2");
        assertThat(data.get("invoiceTotal").isNumber()).isTrue();
        assertThat(data.get("provider").asText()).isEqualTo("commet");
        assertThat(data.get("currentPeriodEnd").asText()).isEqualTo("2030-02-01T00:00:00.000Z");
    }

    @Test
    void subscriptionUpdatedForAScheduledCancellation() {
        ObjectNode data = SubscriptionEvents.updated(scheduledCancel(), WITH_EXTERNAL_ID);
        assertConforms("subscription.updated", data);
        assertThat(data.get("status").asText()).isEqualTo("active");
        assertThat(data.get("endDate").asText()).isEqualTo("2030-02-01T00:00:00.000Z");
    }

    @Test
    void subscriptionCanceledKeepsANullReason() {
        Subscription s = scheduledCancel();
        Subscription canceled = new Subscription(s.id(), s.organizationId(), s.customerId(), s.planId(), s.name(),
                SubscriptionStatus.CANCELED, s.interval(), s.price(), s.checkoutToken(), false, s.startDate(),
                s.currentPeriodStart(), s.currentPeriodEnd(), true, JAN_1, null, FEB_1, 0, JAN_1, FEB_1);
        ObjectNode data = SubscriptionEvents.canceled(canceled, WITH_EXTERNAL_ID);
        assertConforms("subscription.canceled", data);
        assertThat(data.get("cancelReason").isNull()).isTrue();
    }

    @Test
    void subscriptionPlanChanged() {
        ObjectNode data = SubscriptionEvents.planChanged(active(), WITH_EXTERNAL_ID, STARTER, PRO,
                new Proration(610, 1965, 1355, JAN_1, FEB_1));
        assertConforms("subscription.plan_changed", data);
        assertThat(data.at("/previousPlan/name").asText()).isEqualTo("Starter");
        assertThat(data.at("/currentPlan/id").asText()).isEqualTo("plan_p");
        assertThat(data.get("totalCharged").asLong()).isEqualTo(1355);
    }

    @Test
    void paymentReceived() {
        ObjectNode data = PaymentEvents.received(INVOICE, PAID, WITH_EXTERNAL_ID);
        assertConforms("payment.received", data);
        assertThat(data.get("paymentTransactionId").asText()).isEqualTo("pay_1");
        assertThat(data.get("grossAmount").asLong()).isEqualTo(900);
    }

    @Test
    void paymentFailed() {
        ObjectNode data = PaymentEvents.failed(INVOICE, DECLINED, WITH_EXTERNAL_ID, "http://localhost/checkout/chk_1");
        assertConforms("payment.failed", data);
        assertThat(data.get("failureCode").asText()).isEqualTo("card_declined");
        assertConforms("payment.failed", PaymentEvents.failed(INVOICE, DECLINED, WITH_EXTERNAL_ID, null));
    }

    @Test
    void invoiceCreated() {
        ObjectNode data = InvoiceEvents.created(INVOICE, WITH_EXTERNAL_ID);
        assertConforms("invoice.created", data);
        assertThat(data.get("invoiceStatus").asText()).isEqualTo("outstanding");
        assertThat(data.get("subtotal").isNumber()).isTrue();
    }

    @Test
    void theCatalogCheckCatchesMissingFieldsWrongTypesAndExtras() {
        ObjectNode data = InvoiceEvents.created(INVOICE, WITH_EXTERNAL_ID);
        data.remove("dueDate");
        data.put("total", "900");
        data.put("surprise", true);
        assertThat(CatalogShape.eventProblems("invoice.created", data)).hasSize(3);
        ObjectNode nulled = InvoiceEvents.created(INVOICE, WITH_EXTERNAL_ID);
        nulled.putNull("invoiceNumber");
        assertThat(CatalogShape.eventProblems("invoice.created", nulled)).hasSize(1);
    }

    private static void assertConforms(String type, ObjectNode data) {
        assertThat(CatalogShape.eventProblems(type, data)).as(data.toString()).isEmpty();
    }

    private static Subscription pending() {
        return new Subscription("sub_1", "org_1", "cus_1", "plan_s", null, SubscriptionStatus.PENDING_PAYMENT,
                BillingInterval.MONTHLY, 900, "chk_1", false, JAN_1, null, null, false, null, null, null, 0, JAN_1, JAN_1);
    }

    private static Subscription active() {
        return new Subscription("sub_1", "org_1", "cus_1", "plan_s", "Team seat", SubscriptionStatus.ACTIVE,
                BillingInterval.MONTHLY, 900, "chk_1", false, JAN_1, JAN_1, FEB_1, false, null, null, null, 0, JAN_1, JAN_1);
    }

    private static Subscription scheduledCancel() {
        return new Subscription("sub_1", "org_1", "cus_1", "plan_s", null, SubscriptionStatus.ACTIVE,
                BillingInterval.MONTHLY, 900, "chk_1", false, JAN_1, JAN_1, FEB_1, true, JAN_1, "too expensive", FEB_1,
                0, JAN_1, JAN_1);
    }

    private static Plan plan(String id, String name, long cents) {
        return new Plan(id, "org_1", name.toLowerCase(), name, null, true, false, false, 0, JAN_1, JAN_1,
                List.of(new Plan.Price(BillingInterval.MONTHLY, cents, true, 0)), List.of());
    }
}
