package dev.billhook.server.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again. The first attempt is immediate; after attempt {@code n}
 * fails, attempt {@code n + 1} waits {@code delays[n - 1]} plus a random jitter of up to
 * {@link #DEFAULT_JITTER_FRACTION} of that delay, so retries of events that failed together
 * (an endpoint that was down) spread out instead of arriving as one burst. Jitter only ever
 * lengthens a delay. Immutable and thread-safe when the random source is.
 */
final class RetrySchedule {
    static final double DEFAULT_JITTER_FRACTION = 0.10;

    private final List<Duration> delays;
    private final double jitterFraction;
    private final DoubleSupplier random;

    /**
     * @param jitterFraction extra delay as a fraction of each delay, 0 for none
     * @param random values in [0, 1), scaled by {@code jitterFraction}
     */
    RetrySchedule(List<Duration> delays, double jitterFraction, DoubleSupplier random) {
        if (jitterFraction < 0 || jitterFraction > 1) {
            throw new IllegalArgumentException("jitterFraction must be within [0, 1], got " + jitterFraction);
        }
        this.delays = List.copyOf(delays);
        this.jitterFraction = jitterFraction;
        this.random = random;
    }

    /** The production schedule: {@code delays} with up to 10% jitter. */
    static RetrySchedule withJitter(List<Duration> delays) {
        return new RetrySchedule(delays, DEFAULT_JITTER_FRACTION, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Exactly {@code delays}: for tests that assert on timing. */
    static RetrySchedule exact(List<Duration> delays) {
        return new RetrySchedule(delays, 0, () -> 0);
    }

    /** Attempts in all, the first included. */
    int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * The wait before the next attempt once attempt {@code attemptNumber} (1-based) has failed,
     * or empty when that was the last one.
     */
    Optional<Duration> delayAfter(int attemptNumber) {
        if (attemptNumber < 1) throw new IllegalArgumentException("attempts are numbered from 1");
        if (attemptNumber > delays.size()) return Optional.empty();
        Duration base = delays.get(attemptNumber - 1);
        long jitterMillis = (long) (base.toMillis() * jitterFraction * random.getAsDouble());
        return Optional.of(base.plusMillis(jitterMillis));
    }
}
