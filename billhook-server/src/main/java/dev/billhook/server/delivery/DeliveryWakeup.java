package dev.billhook.server.delivery;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets a committed transaction wake the delivery workers at once instead of waiting for their
 * next poll. A signal that arrives while no worker waits is remembered, so none is lost between
 * a worker's last look at the table and its next wait.
 */
public final class DeliveryWakeup {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private long generation;

    public void signal() {
        lock.lock();
        try {
            generation++;
            signalled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The current generation; pass it to {@link #awaitAfter} to wait for any later signal. */
    public long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a signal newer than {@code seen} arrives or {@code timeoutMillis} pass. */
    public void awaitAfter(long seen, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lock();
        try {
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return;
                signalled.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }
}
