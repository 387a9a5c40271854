package dev.billhook.server.billing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.api.Json;

/** The {@code data} of {@code invoice.created}, as the catalog has it. */
final class InvoiceEvents {
    static final String CREATED = "invoice.created";

    private InvoiceEvents() {}

    static ObjectNode created(Invoice invoice, Customer c) {
        ObjectNode data = Json.object();
        data.put("invoiceId", invoice.id());
        data.put("invoiceNumber", invoice.number());
        data.put("invoiceStatus", invoice.status());
        data.put("periodStart", IsoTime.format(invoice.periodStart()));
        data.put("periodEnd", IsoTime.format(invoice.periodEnd()));
        data.put("issueDate", IsoTime.format(invoice.issueDate()));
        data.put("dueDate", IsoTime.format(invoice.dueDate()));
        data.put("currency", invoice.currency());
        data.put("subtotal", invoice.subtotal());
        data.put("total", invoice.total());
        data.put("customerId", c.publicId());
        data.put("subscriptionId", invoice.subscriptionId());
        return data;
    }
}
