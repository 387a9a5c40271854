package dev.billhook.server.billing;

import dev.billhook.server.store.RowMapper;
import dev.billhook.server.store.Tx;
import java.util.List;
import java.util.Optional;

/** Customers rows. Every query is scoped by organization, so one tenant never reads another's. */
final class CustomerStore {
    private static final String COLUMNS = "id, organization_id, external_id, email, full_name, tax_document,"
            + " timezone, address, metadata, created_at, updated_at";
    private static final RowMapper<Customer> ROW = r -> new Customer(r.getString(1), r.getString(2),
            r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
            r.getString(9), r.getLong(10), r.getLong(11));

    private final Tx tx;

    CustomerStore(Tx tx) {
        this.tx = tx;
    }

    void insert(Customer c) {
        tx.update("INSERT INTO customers (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(), c.organizationId(), c.externalId(), c.email(), c.fullName(), c.taxDocument(),
                c.timezone(), c.addressJson(), c.metadataJson(), c.createdAt(), c.updatedAt());
    }

    void update(Customer c) {
        tx.update("UPDATE customers SET external_id = ?, email = ?, full_name = ?, tax_document = ?, timezone = ?,"
                        + " address = ?, metadata = ?, updated_at = ? WHERE organization_id = ? AND id = ?",
                c.externalId(), c.email(), c.fullName(), c.taxDocument(), c.timezone(), c.addressJson(),
                c.metadataJson(), c.updatedAt(), c.organizationId(), c.id());
    }

    /** By our id or, failing that, by the organization's externalId: Commet accepts either. */
    Optional<Customer> find(String organizationId, String ref) {
        Optional<Customer> byId = tx.queryOne("SELECT " + COLUMNS + " FROM customers WHERE organization_id = ? AND id = ?",
                ROW, organizationId, ref);
        if (byId.isPresent()) return byId;
        return tx.queryOne("SELECT " + COLUMNS + " FROM customers WHERE organization_id = ? AND external_id = ?",
                ROW, organizationId, ref);
    }

    Optional<Customer> findById(String organizationId, String id) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM customers WHERE organization_id = ? AND id = ?",
                ROW, organizationId, id);
    }

    boolean externalIdTaken(String organizationId, String externalId) {
        return tx.queryOne("SELECT 1 FROM customers WHERE organization_id = ? AND external_id = ?",
                r -> 1, organizationId, externalId).isPresent();
    }

    /** Ids are global primary keys, so a caller-chosen id is checked across all organizations. */
    boolean idTaken(String id) {
        return tx.queryOne("SELECT 1 FROM customers WHERE id = ?", r -> 1, id).isPresent();
    }

    /** Newest first, ties broken by id; {@code after} is the last customer of the previous page. */
    List<Customer> page(String organizationId, String externalId, Customer after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM customers WHERE organization_id = ?");
        List<Object> args = new java.util.ArrayList<>(List.of(organizationId));
        if (externalId != null) {
            sql.append(" AND external_id = ?");
            args.add(externalId);
        }
        if (after != null) {
            sql.append(" AND (created_at < ? OR (created_at = ? AND id < ?))");
            args.addAll(List.of(after.createdAt(), after.createdAt(), after.id()));
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        args.add(limit);
        return tx.query(sql.toString(), ROW, args.toArray());
    }
}
