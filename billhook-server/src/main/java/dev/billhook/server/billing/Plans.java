package dev.billhook.server.billing;

import dev.billhook.server.account.Organization;
import dev.billhook.server.store.Database;
import java.time.Clock;
import java.util.List;

/** Reading an organization's plans. */
public final class Plans {
    private final Database db;
    private final Clock clock;
    private final PlanCatalog catalog;

    Plans(Database db, Clock clock, PlanCatalog catalog) {
        this.db = db;
        this.clock = clock;
        this.catalog = catalog;
    }

    /** Public plans in display order; private ones too when asked. */
    public List<Plan> list(Organization org, boolean includePrivate) {
        return db.inTransaction(tx -> {
            catalog.ensureSeeded(tx, org.id(), clock.millis());
            return new PlanStore(tx).list(org.id()).stream().filter(p -> includePrivate || p.isPublic()).toList();
        });
    }

    /** By id or code. */
    public Plan get(Organization org, String ref) {
        return db.inTransaction(tx -> {
            catalog.ensureSeeded(tx, org.id(), clock.millis());
            return new PlanStore(tx).find(org.id(), ref).orElseThrow(() -> BillingException.notFound("id", "plan", ref));
        });
    }
}
