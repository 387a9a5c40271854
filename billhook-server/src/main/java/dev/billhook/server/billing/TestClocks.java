package dev.billhook.server.billing;

import dev.billhook.server.account.Organization;
import dev.billhook.server.store.Database;
import java.time.Duration;

/** Reading and moving an organization's test clock. Moving it bills nothing: process billing does. */
public final class TestClocks {
    /** @param simulated null while the organization follows the wall clock */
    public record State(Long simulated, long now) {
        public boolean isActive() {
            return simulated != null;
        }
    }

    /** Ten years: far enough for any simulation, near enough to catch a unit mistake. */
    public static final int MAX_ADVANCE_DAYS = 3650;

    private final Database db;
    private final BillingClock clock;

    TestClocks(Database db, BillingClock clock) {
        this.db = db;
        this.clock = clock;
    }

    public State get(Organization org) {
        requireSandbox(org);
        return db.inTransaction(tx -> new State(clock.simulated(tx, org.id()), clock.now(tx, org.id())));
    }

    /** Moves the clock {@code advanceDays} forward, or to {@code frozenTime} (never backwards). */
    public State advance(Organization org, Long advanceDays, Long frozenTimeMillis) {
        requireSandbox(org);
        if ((advanceDays == null) == (frozenTimeMillis == null)) {
            throw BillingException.invalid("advanceDays", "or frozenTime is required (exactly one of them)");
        }
        if (advanceDays != null && (advanceDays < 1 || advanceDays > MAX_ADVANCE_DAYS)) {
            throw BillingException.invalid("advanceDays", "must be between 1 and " + MAX_ADVANCE_DAYS);
        }
        return db.inTransaction(tx -> {
            long now = clock.now(tx, org.id());
            long target = advanceDays != null ? now + Duration.ofDays(advanceDays).toMillis() : frozenTimeMillis;
            if (target < now) {
                throw BillingException.invalid("frozenTime", "must not be earlier than the clock's current time");
            }
            // Same reach as advanceDays: one billing run must stay a bounded amount of work.
            if (target - now > Duration.ofDays(MAX_ADVANCE_DAYS).toMillis()) {
                throw BillingException.invalid("frozenTime", "must be at most " + MAX_ADVANCE_DAYS + " days after the clock's current time");
            }
            clock.set(tx, org.id(), target);
            return new State(target, target);
        });
    }

    private static void requireSandbox(Organization org) {
        if (org.livemode()) {
            throw BillingException.conflict("livemode", null, "Test clocks exist only in sandbox organizations.");
        }
    }
}
