package dev.billhook.server.delivery;

import dev.billhook.server.store.Ids;
import dev.billhook.server.store.Tx;

/** Notices for a person at the organization: a delivery that gave up, an endpoint that was disabled. */
final class Notifications {
    static final String DELIVERY_FAILED = "webhook.delivery_failed";
    static final String ENDPOINT_DISABLED = "webhook.endpoint_disabled";

    private Notifications() {}

    static void add(Tx tx, String organizationId, String kind, String message, long now) {
        tx.update("INSERT INTO notifications (id, organization_id, kind, message, created_at) VALUES (?, ?, ?, ?, ?)",
                Ids.newId("ntf"), organizationId, kind, message, now);
    }
}
