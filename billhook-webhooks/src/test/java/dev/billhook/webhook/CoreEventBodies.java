package dev.billhook.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A realistic {@code data} object for each of the eight core events, every catalog field present
 * (the conformance test checks that), values shaped as Commet sends them.
 */
final class CoreEventBodies {
    static final Map<String, String> DATA = new LinkedHashMap<>();

    static {
        DATA.put(
                "subscription.created",
                """
                {"subscriptionId":"sub_01HZX","customerId":"acme-42","planId":"plan_pro",\
                "planName":"Pro","status":"pending_payment","startDate":"2026-03-25T14:30:00.000Z",\
                "name":null}\
                """);
        DATA.put(
                "subscription.activated",
                """
                {"subscriptionId":"sub_01HZX","customerId":"acme-42","status":"active",\
                "currentPeriodStart":"2026-03-25T14:30:00.000Z",\
                "currentPeriodEnd":"2026-04-25T14:30:00.000Z","name":"Acme Pro",\
                "invoiceId":"inv_001","invoiceNumber":"INV-2026-0001","invoiceTotal":4900,\
                "invoiceCurrency":"USD","provider":"stripe"}\
                """);
        DATA.put(
                "subscription.updated",
                """
                {"subscriptionId":"sub_01HZX","customerId":"acme-42","status":"active",\
                "canceledAt":"2026-04-02T09:00:00.000Z","cancelReason":null,\
                "endDate":"2026-04-25T14:30:00.000Z"}\
                """);
        DATA.put(
                "subscription.canceled",
                """
                {"subscriptionId":"sub_01HZX","customerId":"acme-42","status":"canceled",\
                "canceledAt":"2026-04-02T09:00:00.000Z","cancelReason":"dunning_exhausted",\
                "endDate":"2026-04-25T14:30:00.000Z"}\
                """);
        DATA.put(
                "subscription.plan_changed",
                """
                {"subscriptionId":"sub_01HZX","customerId":"acme-42",\
                "previousPlan":{"id":"plan_pro","name":"Pro"},\
                "currentPlan":{"id":"plan_team","name":"Team"},"billingInterval":"yearly",\
                "credit":1650,"charge":49000,"totalCharged":47350}\
                """);
        DATA.put(
                "payment.received",
                """
                {"invoiceId":"inv_002","invoiceNumber":"INV-2026-0002","invoiceTotal":4900,\
                "customerId":"acme-42","subscriptionId":"sub_01HZX",\
                "paymentTransactionId":"pi_3Abc","provider":"dlocal","grossAmount":4900,\
                "currency":"USD","orgNetAmount":4728,"customerEmail":"billing@acme.test",\
                "paidAt":"2026-04-25T14:31:07.250Z"}\
                """);
        DATA.put(
                "payment.failed",
                """
                {"invoiceId":"inv_003","invoiceNumber":"INV-2026-0003","customerId":"acme-42",\
                "subscriptionId":"sub_01HZX","failureCode":"card_declined",\
                "failureMessage":"Your card was declined.",\
                "recoveryUrl":"https://billing.acme.test/recover/inv_003"}\
                """);
        DATA.put(
                "invoice.created",
                """
                {"invoiceId":"inv_002","invoiceNumber":"INV-2026-0002","invoiceStatus":"open",\
                "periodStart":"2026-04-25","periodEnd":"2026-05-25",\
                "issueDate":"2026-04-25T14:30:00.000Z","dueDate":"2026-05-02T14:30:00.000Z",\
                "currency":"USD","subtotal":4500,"total":4900,"customerId":"acme-42",\
                "subscriptionId":null}\
                """);
    }

    private CoreEventBodies() {}

    /** The full signed-ready body for {@code type}. */
    static String body(String type) {
        return Payloads.envelope("whev_" + type.replace('.', '_'), type, DATA.get(type));
    }
}
