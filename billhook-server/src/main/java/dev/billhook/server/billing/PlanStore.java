package dev.billhook.server.billing;

import dev.billhook.server.store.Ids;
import dev.billhook.server.store.Tx;
import java.util.List;
import java.util.Optional;

/** Plans rows with their prices and features, always read whole. */
final class PlanStore {
    private static final String COLUMNS = "id, organization_id, code, name, description, is_public, is_default,"
            + " is_free, sort_order, created_at, updated_at";

    private final Tx tx;

    PlanStore(Tx tx) {
        this.tx = tx;
    }

    List<Plan> list(String organizationId) {
        return tx.query("SELECT " + COLUMNS + " FROM plans WHERE organization_id = ? ORDER BY sort_order, code",
                r -> r.getString(1), organizationId).stream().map(id -> findById(organizationId, id).orElseThrow()).toList();
    }

    /** By id or, failing that, by code. */
    Optional<Plan> find(String organizationId, String ref) {
        Optional<Plan> byId = findById(organizationId, ref);
        if (byId.isPresent()) return byId;
        return tx.queryOne("SELECT id FROM plans WHERE organization_id = ? AND code = ?", r -> r.getString(1),
                organizationId, ref).flatMap(id -> findById(organizationId, id));
    }

    Optional<Plan> findById(String organizationId, String id) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM plans WHERE organization_id = ? AND id = ?",
                r -> new Plan(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getInt(6) == 1, r.getInt(7) == 1, r.getInt(8) == 1, r.getInt(9), r.getLong(10),
                        r.getLong(11), prices(id), features(id)),
                organizationId, id);
    }

    boolean anyFor(String organizationId) {
        return tx.queryOne("SELECT 1 FROM plans WHERE organization_id = ?", r -> 1, organizationId).isPresent();
    }

    void insert(Plan p) {
        tx.update("INSERT INTO plans (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.organizationId(), p.code(), p.name(), p.description(), p.isPublic(), p.isDefault(),
                p.isFree(), p.sortOrder(), p.createdAt(), p.updatedAt());
        for (Plan.Price price : p.prices()) {
            tx.update("INSERT INTO plan_prices (id, plan_id, billing_interval, price, is_default, trial_days,"
                            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Ids.newId("price"), p.id(), price.interval().wire(), price.amount(), price.isDefault(),
                    price.trialDays(), p.createdAt(), p.updatedAt());
        }
        for (Plan.Feature f : p.features()) {
            tx.update("INSERT INTO plan_features (plan_id, code, name, type, enabled) VALUES (?, ?, ?, ?, ?)",
                    p.id(), f.code(), f.name(), f.type(), f.enabled());
        }
    }

    private List<Plan.Price> prices(String planId) {
        return tx.query("SELECT billing_interval, price, is_default, trial_days FROM plan_prices WHERE plan_id = ?"
                        + " ORDER BY price",
                r -> new Plan.Price(BillingInterval.ofWire(r.getString(1)).orElseThrow(), r.getLong(2),
                        r.getInt(3) == 1, r.getInt(4)),
                planId);
    }

    private List<Plan.Feature> features(String planId) {
        return tx.query("SELECT code, name, type, enabled FROM plan_features WHERE plan_id = ? ORDER BY code",
                r -> new Plan.Feature(r.getString(1), r.getString(2), r.getString(3), r.getInt(4) == 1), planId);
    }
}
