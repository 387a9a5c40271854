package dev.billhook.server.delivery;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling for asynchronous outcomes: no fixed sleeps stand in for assertions. */
final class Eventually {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 5;

    private Eventually() {}

    /** Waits until {@code condition} holds; fails naming {@code what} after {@link #DEFAULT_TIMEOUT}. */
    static void until(BooleanSupplier condition, String what) {
        until(DEFAULT_TIMEOUT, condition, what);
    }

    static void until(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            sleep();
        }
    }

    /** Retries {@code assertion} until it passes; rethrows its last failure after the timeout. */
    static void assertEventually(Runnable assertion) {
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) throw e;
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
