package dev.billhook.server.billing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.api.Json;

/** The {@code data} of {@code payment.received} and {@code payment.failed}, as the catalog has them. */
final class PaymentEvents {
    static final String RECEIVED = "payment.received";
    static final String FAILED = "payment.failed";

    private PaymentEvents() {}

    /** The simulated provider keeps no fee, so the organization nets the gross amount. */
    static ObjectNode received(Invoice invoice, Payment payment, Customer c) {
        ObjectNode data = Json.object();
        data.put("invoiceId", invoice.id());
        data.put("invoiceNumber", invoice.number());
        data.put("invoiceTotal", invoice.total());
        data.put("customerId", c.publicId());
        data.put("subscriptionId", invoice.subscriptionId());
        data.put("paymentTransactionId", payment.id());
        data.put("provider", PaymentSimulator.PROVIDER);
        data.put("grossAmount", payment.amount());
        data.put("currency", payment.currency());
        data.put("orgNetAmount", payment.amount());
        data.put("customerEmail", c.email());
        data.put("paidAt", IsoTime.format(payment.createdAt()));
        return data;
    }

    /** A recurring charge failed; {@code recoveryUrl} is where the customer can pay by hand. */
    static ObjectNode failed(Invoice invoice, Payment payment, Customer c, String recoveryUrl) {
        ObjectNode data = Json.object();
        data.put("invoiceId", invoice.id());
        data.put("invoiceNumber", invoice.number());
        data.put("customerId", c.publicId());
        data.put("subscriptionId", invoice.subscriptionId());
        data.put("failureCode", payment.failureCode());
        data.put("failureMessage", payment.failureMessage());
        data.put("recoveryUrl", recoveryUrl);
        return data;
    }
}
