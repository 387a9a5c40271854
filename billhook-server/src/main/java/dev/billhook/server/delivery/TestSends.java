package dev.billhook.server.delivery;

import dev.billhook.server.account.Organization;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.Ids;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /webhooks/{id}/test}: one real, signed delivery of a {@link EventTypes#TEST} event
 * to one endpoint (active or not), sent on the calling thread so the API can answer with its
 * result. The delivery is written already leased by the caller, in the same transaction as its
 * event, so no worker races for it; if this node dies mid-attempt, the lease expires and a worker
 * sends it instead. Test deliveries get a single attempt (see {@link AttemptRecorder}).
 */
public final class TestSends {
    /** The result of a test send. @param finishedAt epoch milliseconds when the attempt ended */
    public record Result(boolean success, String deliveryId, long finishedAt) {}

    /** The test event's {@code data}. */
    record TestData(String webhookId, String message) {}

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final AttemptRunner runner;
    private final long leaseMillis;

    TestSends(Database db, Clock clock, Outbox outbox, AttemptRunner runner, long leaseMillis) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.runner = runner;
        this.leaseMillis = leaseMillis;
    }

    /** Sends a test event to the organization's endpoint {@code endpointId}; empty if there is none. */
    public Optional<Result> send(Organization org, String endpointId) {
        String owner = "test/" + Ids.randomChars(12);
        Optional<DeliveryJob> claimed = db.inTransaction(tx -> {
            if (EndpointStore.lock(tx, org.id(), endpointId).isEmpty()) return Optional.<DeliveryJob>empty();
            long now = clock.millis();
            String eventId = outbox.publish(tx, org, EventTypes.TEST, new TestData(endpointId,
                    "A test delivery from Billhook; it reports no billing change."));
            String deliveryId = outbox.enqueue(tx, org.id(), eventId, endpointId, now);
            if (!DeliveryStore.claim(tx, deliveryId, owner, now, now + leaseMillis)) {
                throw new IllegalStateException("a delivery written in this transaction could not be claimed");
            }
            return DeliveryStore.load(tx, deliveryId, owner);
        });
        return claimed.map(job -> {
            Optional<Attempt> attempt = runner.run(job);
            boolean delivered = attempt.map(a -> a.outcome().delivered()).orElse(false);
            long finishedAt = attempt.map(a -> a.startedAtMillis() + a.durationMillis()).orElse(clock.millis());
            return new Result(delivered, job.deliveryId(), finishedAt);
        });
    }
}
