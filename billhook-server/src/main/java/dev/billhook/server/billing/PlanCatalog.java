package dev.billhook.server.billing;

import dev.billhook.server.store.Ids;
import dev.billhook.server.store.Tx;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plans every organization starts with, seeded on its first billing call. Seeding lazily keeps
 * account creation free of billing knowledge, and covers organizations created by any path
 * (bootstrap, tests, a future admin API). The set of seeded ids only saves a query per request.
 */
final class PlanCatalog {
    private static final String BOOLEAN = "boolean";
    private static final List<Plan.Feature> FEATURE_NAMES = List.of(
            new Plan.Feature("api_access", "API access", BOOLEAN, false),
            new Plan.Feature("priority_support", "Priority support", BOOLEAN, false),
            new Plan.Feature("sso", "Single sign-on", BOOLEAN, false));

    private record Seed(String code, String name, String description, boolean isPublic, long monthlyCents,
                        Set<String> enabled) {}

    private static final List<Seed> SEEDS = List.of(
            new Seed("starter", "Starter", "For individuals getting started.", true, 900, Set.of("api_access")),
            new Seed("pro", "Pro", "For growing teams.", true, 2900, Set.of("api_access", "sso")),
            new Seed("business", "Business", "For companies that need it all.", true, 9900,
                    Set.of("api_access", "sso", "priority_support")),
            new Seed("enterprise", "Enterprise", "Negotiated contracts; not listed publicly.", false, 49900,
                    Set.of("api_access", "sso", "priority_support")));

    /** Yearly prices are ten months' worth: two months free, the usual SaaS offer. */
    private static final int MONTHS_PER_PAID_YEAR = 10;

    private final Set<String> seeded = ConcurrentHashMap.newKeySet();

    /** Seeds the default plans for {@code organizationId} unless it has plans already. */
    void ensureSeeded(Tx tx, String organizationId, long nowMillis) {
        if (seeded.contains(organizationId)) return;
        // A no-op write takes the organization's row lock, so two first requests cannot both seed.
        tx.update("UPDATE organizations SET next_invoice_number = next_invoice_number WHERE id = ?", organizationId);
        PlanStore store = new PlanStore(tx);
        if (!store.anyFor(organizationId)) {
            for (int i = 0; i < SEEDS.size(); i++) store.insert(plan(SEEDS.get(i), i, organizationId, nowMillis));
        }
        // Only after commit: a rolled-back seed must be retried by the next call.
        tx.afterCommit(() -> seeded.add(organizationId));
    }

    private static Plan plan(Seed seed, int order, String organizationId, long now) {
        List<Plan.Price> prices = List.of(
                new Plan.Price(BillingInterval.MONTHLY, seed.monthlyCents(), true, 0),
                new Plan.Price(BillingInterval.YEARLY, seed.monthlyCents() * MONTHS_PER_PAID_YEAR, false, 0));
        List<Plan.Feature> features = FEATURE_NAMES.stream()
                .map(f -> new Plan.Feature(f.code(), f.name(), f.type(), seed.enabled().contains(f.code())))
                .toList();
        return new Plan(Ids.newId("plan"), organizationId, seed.code(), seed.name(), seed.description(),
                seed.isPublic(), order == 0, false, order, now, now, prices, features);
    }
}
