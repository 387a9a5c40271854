package dev.billhook.webhook.inbox;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Drains a {@link WebhookInbox} in the background: claims due entries, runs the dispatcher's
 * handlers on them (through {@link WebhookDispatcher#dispatchVerified}, so its deduplication
 * applies), and completes, reschedules or gives up on each.
 *
 * <pre>{@code
 * InboxProcessor processor = InboxProcessor.builder(inbox, dispatcher)
 *     .onExhausted(entry -> alerts.page("webhook " + entry.eventId() + " gave up"))
 *     .build()
 *     .start();
 * // at shutdown
 * processor.close();
 * }</pre>
 *
 * <p>Per entry: 2xx completes it; 500 (a handler threw) or 409 (the same event is running
 * elsewhere) reschedules it after an exponential backoff, unless it has had {@link
 * Builder#maxAttempts} attempts, when it is given up; 400 (the stored body no longer parses, e.g.
 * after a downgrade) gives up at once. Giving up marks the entry dead and calls {@link
 * Builder#onExhausted}. Each handler failure also reaches the dispatcher's {@code onError}.
 *
 * <p>Thread-safe. Workers poll every {@link Builder#pollInterval} while idle. A worker killed
 * mid-entry (crash, {@code kill -9}) loses nothing: the entry's lease expires and it is claimed
 * again, counting as an attempt. {@link #close} stops the workers cleanly.
 */
public final class InboxProcessor implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(InboxProcessor.class.getName());

    private final WebhookInbox inbox;
    private final WebhookDispatcher dispatcher;
    private final ProcessorSettings settings;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final List<Thread> workers = new ArrayList<>();
    private boolean started;
    private volatile boolean closed;

    private InboxProcessor(WebhookInbox inbox, WebhookDispatcher dispatcher, ProcessorSettings s) {
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.settings = s;
    }

    /** Starts configuring a processor that runs {@code dispatcher}'s handlers on {@code inbox}. */
    public static Builder builder(WebhookInbox inbox, WebhookDispatcher dispatcher) {
        return new Builder(
                Objects.requireNonNull(inbox, "inbox"),
                Objects.requireNonNull(dispatcher, "dispatcher"));
    }

    /**
     * Starts the {@link Builder#threads} workers. Once only.
     *
     * @return this
     * @throws IllegalStateException if already started or closed
     */
    public InboxProcessor start() {
        lock.lock();
        try {
            if (started || closed) {
                throw new IllegalStateException(closed ? "closed" : "already started");
            }
            started = true;
            for (int i = 0; i < settings.threads(); i++) {
                Thread worker = settings.threadFactory().newThread(this::work);
                workers.add(worker);
                worker.start();
            }
        } finally {
            lock.unlock();
        }
        return this;
    }

    /**
     * Claims one due entry and processes it on the calling thread. Usable without {@link #start}
     * (tests, a scheduler of your own).
     *
     * @return false if no entry was due
     * @throws RuntimeException if the inbox fails; the entry's lease then expires on its own
     */
    public boolean processNext() {
        Optional<InboxEntry> claimed =
                inbox.claimNext(settings.clock().instant(), settings.lease());
        claimed.ifPresent(this::process);
        return claimed.isPresent();
    }

    private void process(InboxEntry entry) {
        WebhookResponse response = dispatcher.dispatchVerified(entry.body());
        int status = response.status();
        if (status >= 200 && status < 300) {
            inbox.complete(entry);
        } else if (status == WebhookResponse.INVALID_PAYLOAD.status()
                || entry.attempts() >= settings.maxAttempts()) {
            inbox.giveUp(entry);
            exhausted(entry);
        } else {
            inbox.fail(entry, settings.clock().instant().plus(settings.backoff(entry.attempts())));
        }
    }

    private void exhausted(InboxEntry entry) {
        try {
            settings.onExhausted().accept(entry);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "onExhausted threw for " + entry, e);
        }
    }

    private void work() {
        while (!closed) {
            boolean busy;
            try {
                busy = processNext();
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "webhook inbox unavailable; retrying after the poll interval",
                        e);
                busy = false;
            }
            if (!busy && !idle()) {
                return;
            }
        }
    }

    /** Waits one poll interval, or less if closed; false if interrupted. */
    private boolean idle() {
        lock.lock();
        try {
            if (!closed) {
                wake.awaitNanos(settings.pollInterval().toNanos());
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops the workers: no new entry is claimed, idle workers wake at once, and busy ones finish
     * their entry. After {@link Builder#shutdownTimeout} they are interrupted; an entry interrupted
     * mid-handler is retried later like any failure. Idempotent.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        long deadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
        for (Thread worker : workers) {
            try {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedJoin(worker, left);
                }
                if (worker.isAlive()) {
                    worker.interrupt();
                    worker.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "InboxProcessor[" + inbox + ", " + settings + ", closed=" + closed + "]";
    }

    /**
     * Configures an {@link InboxProcessor}. Each setting may be set once (a second call throws
     * {@link IllegalStateException}); every one has a default. Not thread-safe.
     */
    public static final class Builder {
        private final WebhookInbox inbox;
        private final WebhookDispatcher dispatcher;
        private Integer threads;
        private ThreadFactory threadFactory;
        private Clock clock;
        private Integer maxAttempts;
        private Duration initialBackoff;
        private Duration maxBackoff;
        private Duration lease;
        private Duration pollInterval;
        private Duration shutdownTimeout;
        private Consumer<InboxEntry> onExhausted;

        private Builder(WebhookInbox inbox, WebhookDispatcher dispatcher) {
            this.inbox = inbox;
            this.dispatcher = dispatcher;
        }

        /** How many worker threads {@link #start} starts. Default 1. */
        public Builder threads(int count) {
            if (count <= 0) {
                throw new IllegalArgumentException("threads must be positive");
            }
            threads = once(threads, count, "threads");
            return this;
        }

        /** Makes the worker threads. Default: daemon threads named {@code billhook-inbox-N}. */
        public Builder threadFactory(ThreadFactory factory) {
            threadFactory = once(threadFactory, Objects.requireNonNull(factory), "threadFactory");
            return this;
        }

        /** Decides when entries are due, leases and retry times. Default the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = once(this.clock, Objects.requireNonNull(clock), "clock");
            return this;
        }

        /**
         * Attempts per entry before giving up, the first included. Default {@value
         * ProcessorSettings#DEFAULT_MAX_ATTEMPTS}.
         */
        public Builder maxAttempts(int attempts) {
            if (attempts <= 0) {
                throw new IllegalArgumentException("maxAttempts must be positive");
            }
            maxAttempts = once(maxAttempts, attempts, "maxAttempts");
            return this;
        }

        /**
         * Retry delays: {@code initial} after the first failure, doubling each time, never above
         * {@code max}. Default 10 s up to 1 h, so the default 12 attempts span about 3.4 hours.
         */
        public Builder backoff(Duration initial, Duration max) {
            positive(initial, "initial backoff");
            positive(max, "max backoff");
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("max backoff must not be below the initial");
            }
            initialBackoff = once(initialBackoff, initial, "backoff");
            maxBackoff = max;
            return this;
        }

        /**
         * How long a claimed entry is reserved for one worker; after that another may take it (the
         * owner is presumed dead). Must exceed your slowest handler. Default 5 minutes.
         */
        public Builder lease(Duration lease) {
            this.lease = once(this.lease, positive(lease, "lease"), "lease");
            return this;
        }

        /** How long an idle worker waits before looking again. Default 1 second. */
        public Builder pollInterval(Duration interval) {
            pollInterval = once(pollInterval, positive(interval, "pollInterval"), "pollInterval");
            return this;
        }

        /**
         * How long {@link #close} waits for busy workers before interrupting them. Default 30 s.
         */
        public Builder shutdownTimeout(Duration timeout) {
            shutdownTimeout =
                    once(shutdownTimeout, positive(timeout, "shutdownTimeout"), "shutdownTimeout");
            return this;
        }

        /**
         * Told about every entry given up on (attempts exhausted, or a body that no longer parses),
         * after it is marked dead. Runs on a worker thread; what it throws is logged and ignored.
         * Default: a WARNING through {@link System.Logger}.
         */
        public Builder onExhausted(Consumer<InboxEntry> handler) {
            onExhausted = once(onExhausted, Objects.requireNonNull(handler), "onExhausted");
            return this;
        }

        /** An unstarted processor; call {@link InboxProcessor#start}. */
        public InboxProcessor build() {
            return new InboxProcessor(
                    inbox,
                    dispatcher,
                    new ProcessorSettings(
                            threads,
                            threadFactory,
                            clock,
                            maxAttempts,
                            initialBackoff,
                            maxBackoff,
                            lease,
                            pollInterval,
                            shutdownTimeout,
                            onExhausted));
        }

        private static <T> T once(T current, T value, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " is already set");
            }
            return value;
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
