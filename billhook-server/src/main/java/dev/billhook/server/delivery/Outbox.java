package dev.billhook.server.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.account.Organization;
import dev.billhook.server.api.Json;
import dev.billhook.server.store.Ids;
import dev.billhook.server.store.Tx;
import java.time.Clock;
import java.util.List;

/**
 * Where billing hands over its events. {@link #publish} writes the event and one pending
 * delivery per active endpoint subscribed to its type, inside the caller's transaction: the
 * event exists if and only if the state change that caused it committed. Workers are woken when
 * that transaction commits, so an idle endpoint hears about a new event within milliseconds.
 */
public final class Outbox {
    /** The envelope's {@code apiVersion}: the Commet API version this server speaks. */
    public static final String API_VERSION = "2026-07-11";

    private final Clock clock;
    private final DeliveryWakeup wakeup;

    public Outbox(Clock clock, DeliveryWakeup wakeup) {
        this.clock = clock;
        this.wakeup = wakeup;
    }

    /**
     * Records an event of {@code type} with {@code data} (a record, map or JSON object, serialized
     * exactly once here: every attempt then sends these same bytes).
     *
     * @return the event id ({@code whev_…})
     */
    public String publish(Tx tx, Organization org, String type, Object data) {
        long now = clock.millis();
        String eventId = Ids.newId("whev");
        ObjectNode envelope = Json.object();
        envelope.put("id", eventId);
        envelope.put("event", type);
        envelope.put("timestamp", IsoTime.format(now));
        envelope.put("organizationId", org.id());
        envelope.put("mode", org.mode());
        envelope.put("apiVersion", API_VERSION);
        envelope.set("data", Json.MAPPER.valueToTree(data));
        tx.update("INSERT INTO webhook_events (id, organization_id, type, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                eventId, org.id(), type, Json.string(envelope), now);

        List<String> endpointIds = tx.query(
                "SELECT id, events FROM webhook_endpoints WHERE organization_id = ? AND is_active = 1",
                row -> subscribes(row.getString(2), type) ? row.getString(1) : null,
                org.id());
        int queued = 0;
        for (String endpointId : endpointIds) {
            if (endpointId == null) continue;
            enqueue(tx, org.id(), eventId, endpointId, now);
            queued++;
        }
        if (queued > 0) tx.afterCommit(wakeup::signal);
        return eventId;
    }

    /** Queues one more delivery of an existing event (replays and test sends use this too). */
    public String enqueue(Tx tx, String organizationId, String eventId, String endpointId, long dueAt) {
        String deliveryId = Ids.newId("whdl");
        tx.update("INSERT INTO webhook_deliveries (id, organization_id, event_id, endpoint_id, status,"
                        + " attempt_count, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)",
                deliveryId, organizationId, eventId, endpointId, dueAt, clock.millis());
        tx.afterCommit(wakeup::signal);
        return deliveryId;
    }

    private static boolean subscribes(String eventsJson, String type) {
        for (var event : Json.tree(eventsJson)) {
            if (event.asText().equals(type)) return true;
        }
        return false;
    }
}
