package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code invoice.voided}, field for field as the Commet catalog defines {@code
 * InvoiceVoidedData}. Money is integer cents; dates are the ISO-8601 strings as sent.
 *
 * @param invoiceId the invoice
 * @param invoiceNumber the human-readable invoice number
 * @param invoiceStatus the invoice status, e.g. {@code open}
 * @param periodStart ISO-8601 start of the period
 * @param periodEnd ISO-8601 end of the invoiced period
 * @param issueDate ISO-8601 issue date
 * @param dueDate ISO-8601 due date
 * @param currency ISO 4217 currency code
 * @param subtotal subtotal in integer cents, before tax
 * @param total total in integer cents
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param subscriptionId the subscription (null when not applicable)
 */
public record InvoiceVoidedData(
        String invoiceId,
        String invoiceNumber,
        String invoiceStatus,
        String periodStart,
        String periodEnd,
        String issueDate,
        String dueDate,
        String currency,
        long subtotal,
        long total,
        String customerId,
        @Nullable String subscriptionId) {
    /** {@link #periodStart()} as an instant. */
    public Instant periodStartInstant() {
        return Timestamps.parse(periodStart);
    }

    /** {@link #periodEnd()} as an instant. */
    public Instant periodEndInstant() {
        return Timestamps.parse(periodEnd);
    }

    /** {@link #issueDate()} as an instant. */
    public Instant issueDateInstant() {
        return Timestamps.parse(issueDate);
    }

    /** {@link #dueDate()} as an instant. */
    public Instant dueDateInstant() {
        return Timestamps.parse(dueDate);
    }
}
