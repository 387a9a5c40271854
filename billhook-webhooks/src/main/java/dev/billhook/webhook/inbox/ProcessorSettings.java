package dev.billhook.webhook.inbox;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** An {@link InboxProcessor}'s settings, defaults filled in; built by its builder. */
record ProcessorSettings(
        int threads,
        ThreadFactory threadFactory,
        Clock clock,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration lease,
        Duration pollInterval,
        Duration shutdownTimeout,
        Consumer<InboxEntry> onExhausted) {

    static final int DEFAULT_MAX_ATTEMPTS = 12;

    private static final System.Logger LOG = System.getLogger(InboxProcessor.class.getName());

    /** Null components take their defaults. */
    ProcessorSettings(
            Integer threads,
            ThreadFactory threadFactory,
            Clock clock,
            Integer maxAttempts,
            Duration initialBackoff,
            Duration maxBackoff,
            Duration lease,
            Duration pollInterval,
            Duration shutdownTimeout,
            Consumer<InboxEntry> onExhausted) {
        this(
                threads != null ? threads : 1,
                threadFactory != null ? threadFactory : daemonThreads(),
                clock != null ? clock : Clock.systemUTC(),
                maxAttempts != null ? maxAttempts : DEFAULT_MAX_ATTEMPTS,
                initialBackoff != null ? initialBackoff : Duration.ofSeconds(10),
                maxBackoff != null ? maxBackoff : Duration.ofHours(1),
                lease != null ? lease : Duration.ofMinutes(5),
                pollInterval != null ? pollInterval : Duration.ofSeconds(1),
                shutdownTimeout != null ? shutdownTimeout : Duration.ofSeconds(30),
                onExhausted != null ? onExhausted : ProcessorSettings::logExhausted);
    }

    /**
     * The delay after the {@code attempts}-th failed attempt: initial, doubled each time, capped.
     */
    Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30); // 2^30 s is beyond any cap
        Duration delay = initialBackoff.multipliedBy(1L << doublings);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "billhook-inbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void logExhausted(InboxEntry entry) {
        LOG.log(Level.WARNING, "webhook inbox gave up on {0}; it stays in the inbox, dead", entry);
    }
}
