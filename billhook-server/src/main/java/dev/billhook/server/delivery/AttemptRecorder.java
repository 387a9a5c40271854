package dev.billhook.server.delivery;

import dev.billhook.server.store.Database;
import dev.billhook.server.store.Ids;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a finished attempt and moves its delivery on, in one transaction: the attempt row, the
 * delivery's new state and lease release, and on giving up the notification and the endpoint's
 * failure streak. The update is conditional on still holding the lease; if the row was deleted
 * (endpoint deleted) or reclaimed after an expired lease, nothing is recorded.
 *
 * <p>Test sends ({@link EventTypes#TEST}) get exactly one attempt and never touch the streak or
 * notifications: they probe an endpoint, they are not events anyone is owed.
 */
final class AttemptRecorder {
    private static final Logger log = LoggerFactory.getLogger(AttemptRecorder.class);

    private final Database db;
    private final Clock clock;
    private final RetrySchedule schedule;

    AttemptRecorder(Database db, Clock clock, RetrySchedule schedule) {
        this.db = db;
        this.clock = clock;
        this.schedule = schedule;
    }

    /** @return the delivery's new state, or empty when the lease was lost and nothing was recorded */
    Optional<DeliveryOutcome> record(DeliveryJob job, Attempt attempt) {
        int number = job.attemptsMade() + 1;
        long now = clock.millis();
        DeliveryOutcome outcome = decide(job, number, attempt.outcome(), now);
        AttemptOutcome result = attempt.outcome();
        boolean recorded = db.inTransaction(tx -> {
            String status = outcome instanceof DeliveryOutcome.Delivered ? "delivered"
                    : outcome instanceof DeliveryOutcome.GaveUp ? "failed" : "pending";
            Long next = outcome instanceof DeliveryOutcome.RetryLater r ? r.nextAttemptAt() : null;
            Long completed = next == null ? now : null;
            int changed = tx.update("UPDATE webhook_deliveries SET status = ?, attempt_count = ?, next_attempt_at = ?,"
                            + " lease_owner = NULL, lease_until = NULL, last_status = ?, last_error = ?, completed_at = ?"
                            + " WHERE id = ? AND lease_owner = ?",
                    status, number, next, result.statusOrNull(), result.error(), completed, job.deliveryId(), job.leaseOwner());
            if (changed == 0) return false;
            tx.update("INSERT INTO webhook_attempts (id, delivery_id, attempt_number, started_at, duration_millis,"
                            + " response_status, error, response_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Ids.newId("what"), job.deliveryId(), number, attempt.startedAtMillis(), attempt.durationMillis(),
                    result.statusOrNull(), result instanceof AttemptOutcome.NoResponse n ? n.error() : null,
                    result instanceof AttemptOutcome.Responded r ? r.body() : null);
            if (job.isTest()) return true;
            if (outcome instanceof DeliveryOutcome.Delivered) EndpointHealth.delivered(tx, job.endpointId(), now);
            if (outcome instanceof DeliveryOutcome.GaveUp) {
                Notifications.add(tx, job.organizationId(), Notifications.DELIVERY_FAILED,
                        "Event " + job.eventId() + " (" + job.eventType() + ") could not be delivered to webhook endpoint "
                                + job.endpointId() + " after " + number + " attempts; last error: " + result.error() + ".",
                        now);
                EndpointHealth.exhausted(tx, job.organizationId(), job.endpointId(), now);
            }
            return true;
        });
        log(job, number, attempt, outcome, recorded, now);
        return recorded ? Optional.of(outcome) : Optional.empty();
    }

    private DeliveryOutcome decide(DeliveryJob job, int number, AttemptOutcome result, long now) {
        if (result.delivered()) return new DeliveryOutcome.Delivered();
        if (job.isTest()) return new DeliveryOutcome.GaveUp();
        return schedule.delayAfter(number)
                .<DeliveryOutcome>map(delay -> new DeliveryOutcome.RetryLater(now + delay.toMillis()))
                .orElseGet(DeliveryOutcome.GaveUp::new);
    }

    private static void log(DeliveryJob job, int number, Attempt attempt, DeliveryOutcome outcome,
                            boolean recorded, long now) {
        if (!recorded) {
            log.info("attempt not recorded, lease lost deliveryId={} eventId={} attempt={}",
                    job.deliveryId(), job.eventId(), number);
        } else if (outcome instanceof DeliveryOutcome.Delivered) {
            log.debug("delivered deliveryId={} eventId={} endpointId={} attempt={} status={} durationMs={}",
                    job.deliveryId(), job.eventId(), job.endpointId(), number, attempt.outcome().statusOrNull(),
                    attempt.durationMillis());
        } else if (outcome instanceof DeliveryOutcome.RetryLater retry) {
            log.info("attempt failed deliveryId={} eventId={} endpointId={} attempt={} error=\"{}\" retryInMs={}",
                    job.deliveryId(), job.eventId(), job.endpointId(), number, attempt.outcome().error(),
                    retry.nextAttemptAt() - now);
        } else {
            log.info("delivery gave up deliveryId={} eventId={} endpointId={} attempts={} error=\"{}\"",
                    job.deliveryId(), job.eventId(), job.endpointId(), number, attempt.outcome().error());
        }
    }
}
