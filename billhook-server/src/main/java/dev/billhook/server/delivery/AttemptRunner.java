package dev.billhook.server.delivery;

import java.util.Optional;

/**
 * Runs one claimed job: send, then record. If the sending thread is interrupted (the server is
 * stopping and could not wait), the attempt is not counted and the lease is handed back, so
 * another worker or node retries at once instead of waiting for the lease to expire.
 */
final class AttemptRunner {
    private final WebhookSender sender;
    private final AttemptRecorder recorder;
    private final DeliveryStore store;

    AttemptRunner(WebhookSender sender, AttemptRecorder recorder, DeliveryStore store) {
        this.sender = sender;
        this.recorder = recorder;
        this.store = store;
    }

    /** @return the finished attempt, or empty when it was abandoned or its lease was lost */
    Optional<Attempt> run(DeliveryJob job) {
        Attempt attempt = sender.send(job);
        if (Thread.interrupted()) {
            try {
                store.release(job);
            } finally {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
        return recorder.record(job, attempt).map(outcome -> attempt);
    }
}
