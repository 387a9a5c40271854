package dev.billhook.server.delivery;

import dev.billhook.server.store.Ids;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One delivery thread: when a delivery is due, claim it, attempt it, repeat; when nothing is due,
 * sleep until the earliest scheduled attempt or a commit's wake-up, whichever comes first. The sleep is
 * capped at {@link #MAX_IDLE_WAIT_MILLIS} because rows written by other nodes wake nobody here.
 * The generation is read before looking at the table, so a commit in between is never missed.
 */
final class DeliveryWorker implements Runnable {
    static final long MAX_IDLE_WAIT_MILLIS = 1_000;
    private static final long ERROR_BACKOFF_MILLIS = 1_000;
    private static final long LOST_RACE_PAUSE_MILLIS = 1;
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final String name;
    private final DeliveryStore store;
    private final AttemptRunner runner;
    private final DeliveryWakeup wakeup;
    private final Clock clock;
    private final long leaseMillis;
    private final AtomicBoolean stopping;

    DeliveryWorker(String name, DeliveryStore store, AttemptRunner runner, DeliveryWakeup wakeup, Clock clock,
                   long leaseMillis, AtomicBoolean stopping) {
        this.name = name;
        this.store = store;
        this.runner = runner;
        this.wakeup = wakeup;
        this.clock = clock;
        this.leaseMillis = leaseMillis;
        this.stopping = stopping;
    }

    @Override
    public void run() {
        log.debug("worker started worker={}", name);
        while (!stopping.get()) {
            try {
                long seen = wakeup.generation();
                // Look before claiming: an idle worker only reads, so it never holds SQLite's write lock.
                long wait = store.millisUntilNextDue(clock.millis(), MAX_IDLE_WAIT_MILLIS);
                if (wait > 0) {
                    wakeup.awaitAfter(seen, wait);
                    continue;
                }
                long now = clock.millis();
                // A fresh token per claim: a row reclaimed after an expired lease never matches an old holder.
                Optional<DeliveryJob> job = store.claimNext(name + "/" + Ids.randomChars(12), now, now + leaseMillis);
                if (job.isPresent()) {
                    runner.run(job.get());
                } else {
                    wakeup.awaitAfter(seen, LOST_RACE_PAUSE_MILLIS); // another worker or node took it
                }
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                log.error("worker cycle failed worker={} retryInMs={}", name, ERROR_BACKOFF_MILLIS, e);
                if (!pause()) break;
            }
            if (Thread.currentThread().isInterrupted()) break;
        }
        log.debug("worker stopped worker={}", name);
    }

    private boolean pause() {
        try {
            wakeup.awaitAfter(wakeup.generation(), ERROR_BACKOFF_MILLIS);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
