package dev.billhook.server.billing;

import dev.billhook.server.account.Organization;
import dev.billhook.server.delivery.Outbox;
import dev.billhook.server.store.Ids;
import dev.billhook.server.store.Tx;

/**
 * Issues invoices and records their payments, with the matching events, inside the caller's
 * transaction. Checkout, renewals, dunning and plan changes all bill through here, so an
 * invoice and its {@code invoice.created} can never come apart.
 */
final class Invoicing {
    static final String CURRENCY = "usd";

    private final Outbox outbox;

    Invoicing(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A new outstanding invoice, due at once (the charge follows immediately). */
    Invoice issue(Tx tx, Organization org, Customer customer, Subscription s, long amount, long periodStart,
                  long periodEnd, long now) {
        InvoiceStore store = new InvoiceStore(tx);
        Invoice invoice = new Invoice(Ids.newId("inv"), org.id(), customer.id(), s.id(), store.nextNumber(org.id()),
                Invoice.OUTSTANDING, CURRENCY, amount, amount, periodStart, periodEnd, now, now, now);
        store.insert(invoice);
        outbox.publish(tx, org, InvoiceEvents.CREATED, InvoiceEvents.created(invoice, customer));
        return invoice;
    }

    /** Records a successful charge: the invoice is paid and {@code payment.received} fires. */
    Payment settle(Tx tx, Organization org, Customer customer, Invoice invoice, long now) {
        Payment payment = payment(org, invoice, Payment.SUCCEEDED, null, null, now);
        InvoiceStore store = new InvoiceStore(tx);
        store.insertPayment(payment);
        store.setStatus(invoice, Invoice.PAID);
        outbox.publish(tx, org, PaymentEvents.RECEIVED, PaymentEvents.received(invoice, payment, customer));
        return payment;
    }

    /** Records a declined recurring charge and fires {@code payment.failed}; the invoice stays outstanding. */
    Payment fail(Tx tx, Organization org, Customer customer, Invoice invoice, PaymentSimulator.Charge charge,
                 String recoveryUrl, long now) {
        Payment payment = payment(org, invoice, Payment.FAILED, charge.failureCode(), charge.failureMessage(), now);
        new InvoiceStore(tx).insertPayment(payment);
        outbox.publish(tx, org, PaymentEvents.FAILED, PaymentEvents.failed(invoice, payment, customer, recoveryUrl));
        return payment;
    }

    private static Payment payment(Organization org, Invoice invoice, String status, String code, String message,
                                   long now) {
        return new Payment(Ids.newId("pay"), org.id(), invoice.id(), status, invoice.total(), invoice.currency(),
                code, message, now);
    }
}
