package dev.billhook.server.billing;

import dev.billhook.server.store.Tx;
import java.time.Clock;

/**
 * An organization's billing "now": its test clock when one is set, else the wall clock. Every
 * period boundary, proration and renewal reads this, so a sandbox can live through months in
 * seconds. Test clocks only move forward, like a provider's: periods already computed stay valid.
 */
public final class BillingClock {
    private final Clock wall;

    BillingClock(Clock wall) {
        this.wall = wall;
    }

    public long now(Tx tx, String organizationId) {
        Long simulated = simulated(tx, organizationId);
        return simulated != null ? simulated : wall.millis();
    }

    /** The simulated time, or null while the organization follows the wall clock. */
    Long simulated(Tx tx, String organizationId) {
        return tx.queryOne("SELECT simulated_time FROM test_clocks WHERE organization_id = ?",
                r -> r.getObject(1) == null ? null : r.getLong(1), organizationId).orElse(null);
    }

    void set(Tx tx, String organizationId, long simulatedMillis) {
        int changed = tx.update("UPDATE test_clocks SET simulated_time = ? WHERE organization_id = ?",
                simulatedMillis, organizationId);
        if (changed == 0) {
            tx.update("INSERT INTO test_clocks (organization_id, simulated_time) VALUES (?, ?)",
                    organizationId, simulatedMillis);
        }
    }

    long wallMillis() {
        return wall.millis();
    }
}
