package dev.billhook.server.delivery;

import dev.billhook.server.store.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disable rule of SPEC.md section 3: an endpoint that lets {@link #DISABLE_AFTER_EXHAUSTED_EVENTS}
 * events in a row exhaust their attempts is disabled, and the organization told. One delivered
 * event resets the streak; so does re-enabling the endpoint. Runs inside the transaction that
 * records the attempt, so the streak and the delivery state never disagree.
 */
final class EndpointHealth {
    static final int DISABLE_AFTER_EXHAUSTED_EVENTS = 3;
    private static final Logger log = LoggerFactory.getLogger(EndpointHealth.class);

    private EndpointHealth() {}

    static void delivered(Tx tx, String endpointId, long now) {
        tx.update("UPDATE webhook_endpoints SET consecutive_failures = 0, updated_at = ?"
                + " WHERE id = ? AND consecutive_failures <> 0", now, endpointId);
    }

    /** Counts one more exhausted event; disables the endpoint when the streak reaches the limit. */
    static void exhausted(Tx tx, String organizationId, String endpointId, long now) {
        tx.update("UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1, updated_at = ?"
                + " WHERE id = ?", now, endpointId);
        int disabled = tx.update("UPDATE webhook_endpoints SET is_active = 0, updated_at = ?"
                        + " WHERE id = ? AND is_active = 1 AND consecutive_failures >= ?",
                now, endpointId, DISABLE_AFTER_EXHAUSTED_EVENTS);
        if (disabled == 0) return;
        Notifications.add(tx, organizationId, Notifications.ENDPOINT_DISABLED,
                "Webhook endpoint " + endpointId + " was disabled after " + DISABLE_AFTER_EXHAUSTED_EVENTS
                        + " events in a row failed every delivery attempt. Fix the endpoint, then re-enable it"
                        + " with PUT /api/v1/webhooks/" + endpointId + " {\"isActive\": true}.", now);
        log.warn("endpoint disabled endpointId={} organizationId={} exhaustedEventsInARow={}",
                endpointId, organizationId, DISABLE_AFTER_EXHAUSTED_EVENTS);
    }
}
