package dev.billhook.server.billing;

import dev.billhook.server.store.RowMapper;
import dev.billhook.server.store.Tx;
import java.util.Optional;

/** Invoices and the payments made against them (payments belong to their invoice). */
final class InvoiceStore {
    private static final String COLUMNS = "id, organization_id, customer_id, subscription_id, number, status, currency,"
            + " subtotal, total, period_start, period_end, issue_date, due_date, created_at";
    private static final RowMapper<Invoice> ROW = r -> new Invoice(r.getString(1), r.getString(2), r.getString(3),
            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getLong(8), r.getLong(9), r.getLong(10),
            r.getLong(11), r.getLong(12), r.getLong(13), r.getLong(14));
    private static final String NUMBER_FORMAT = "INV-%06d";

    private final Tx tx;

    InvoiceStore(Tx tx) {
        this.tx = tx;
    }

    /**
     * The organization's next invoice number. The UPDATE comes first so it takes the row lock:
     * two concurrent transactions cannot read the same number.
     */
    String nextNumber(String organizationId) {
        tx.update("UPDATE organizations SET next_invoice_number = next_invoice_number + 1 WHERE id = ?", organizationId);
        long next = tx.queryOne("SELECT next_invoice_number FROM organizations WHERE id = ?", r -> r.getLong(1),
                organizationId).orElseThrow();
        return String.format(NUMBER_FORMAT, next - 1);
    }

    void insert(Invoice i) {
        tx.update("INSERT INTO invoices (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.id(), i.organizationId(), i.customerId(), i.subscriptionId(), i.number(), i.status(), i.currency(),
                i.subtotal(), i.total(), i.periodStart(), i.periodEnd(), i.issueDate(), i.dueDate(), i.createdAt());
    }

    void setStatus(Invoice i, String status) {
        tx.update("UPDATE invoices SET status = ? WHERE organization_id = ? AND id = ?", status, i.organizationId(), i.id());
    }

    /** The subscription's unpaid invoice (the one dunning retries), if any. */
    Optional<Invoice> findOutstanding(String organizationId, String subscriptionId) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM invoices WHERE organization_id = ? AND subscription_id = ?"
                        + " AND status = 'outstanding' ORDER BY created_at DESC, number DESC",
                ROW, organizationId, subscriptionId);
    }

    void voidOutstanding(String organizationId, String subscriptionId) {
        tx.update("UPDATE invoices SET status = 'void' WHERE organization_id = ? AND subscription_id = ?"
                + " AND status = 'outstanding'", organizationId, subscriptionId);
    }

    void insertPayment(Payment p) {
        tx.update("INSERT INTO payments (id, organization_id, invoice_id, status, amount, currency, failure_code,"
                        + " failure_message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.organizationId(), p.invoiceId(), p.status(), p.amount(), p.currency(), p.failureCode(),
                p.failureMessage(), p.createdAt());
    }
}
