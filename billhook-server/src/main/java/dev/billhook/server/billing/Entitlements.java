package dev.billhook.server.billing;

import dev.billhook.server.account.Organization;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.Tx;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feature access: a feature is allowed while the customer has a subscription that grants access
 * (trialing, active or past due) and that subscription's plan enables the feature.
 */
public final class Entitlements {
    public static final String NO_SUBSCRIPTION = "no_active_subscription";
    public static final String NOT_IN_PLAN = "not_included_in_plan";

    /** @param reason why it is not allowed, or null when it is */
    public record Access(Plan.Feature feature, boolean allowed, String reason) {}

    private final Database db;
    private final Clock clock;
    private final PlanCatalog catalog;
    private final BillingLookups lookups;

    Entitlements(Database db, Clock clock, PlanCatalog catalog, BillingLookups lookups) {
        this.db = db;
        this.clock = clock;
        this.catalog = catalog;
        this.lookups = lookups;
    }

    /** Every feature any of the organization's plans defines, with the customer's access to it. */
    public List<Access> list(Organization org, String customerRef) {
        return db.inTransaction(tx -> {
            Optional<Plan> plan = grantingPlan(tx, org, customerRef);
            return knownFeatures(tx, org).values().stream().map(f -> access(f, plan)).toList();
        });
    }

    /** One feature's access; a 404 on {@code code} if no plan defines it. */
    public Access check(Organization org, String customerRef, String code) {
        return db.inTransaction(tx -> {
            Optional<Plan> plan = grantingPlan(tx, org, customerRef);
            Plan.Feature feature = knownFeatures(tx, org).get(code);
            if (feature == null) throw BillingException.notFound("code", "feature", code);
            return access(feature, plan);
        });
    }

    private Optional<Plan> grantingPlan(Tx tx, Organization org, String customerRef) {
        Customer customer = lookups.customer(tx, org.id(), customerRef, "customerId");
        return new SubscriptionStore(tx).findGrantingAccess(org.id(), customer.id())
                .flatMap(s -> new PlanStore(tx).findById(org.id(), s.planId()));
    }

    private Map<String, Plan.Feature> knownFeatures(Tx tx, Organization org) {
        catalog.ensureSeeded(tx, org.id(), clock.millis());
        Map<String, Plan.Feature> features = new LinkedHashMap<>();
        for (Plan plan : new PlanStore(tx).list(org.id())) {
            for (Plan.Feature f : plan.features()) features.putIfAbsent(f.code(), f);
        }
        return features;
    }

    private static Access access(Plan.Feature known, Optional<Plan> plan) {
        if (plan.isEmpty()) return new Access(known, false, NO_SUBSCRIPTION);
        Optional<Plan.Feature> inPlan = plan.get().feature(known.code()).filter(Plan.Feature::enabled);
        return inPlan.map(f -> new Access(f, true, null)).orElseGet(() -> new Access(known, false, NOT_IN_PLAN));
    }
}
