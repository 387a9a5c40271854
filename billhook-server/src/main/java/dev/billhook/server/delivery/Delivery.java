package dev.billhook.server.delivery;

import dev.billhook.server.ServerConfig;
import dev.billhook.server.api.Routes;
import dev.billhook.server.api.WebhooksApi;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.Ids;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery's wiring: the outbox billing writes to, {@code config.deliveryWorkers()} threads that
 * drain it, and the webhooks API. {@link #close} stops claiming, lets attempts in flight finish
 * (each is bounded by the delivery timeout), and only then returns, so the database can close.
 */
public final class Delivery implements AutoCloseable {
    /** Extra lease time beyond the attempt timeout, covering DNS and the recording transaction. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final ServerConfig config;
    private final Clock clock;
    private final DeliveryWakeup wakeup = new DeliveryWakeup();
    private final Outbox outbox;
    private final DeliveryStore store;
    private final AttemptRunner runner;
    private final EndpointStore endpoints;
    private final TargetPolicy policy;
    private final TestSends testSends;
    private final ExecutorService httpThreads;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final long leaseMillis;
    private final String nodeId = Ids.newId("node");
    private ExecutorService workers;

    public Delivery(Database db, Clock clock, ServerConfig config) {
        this(db, clock, config, RetrySchedule.withJitter(config.retrySchedule()), new TargetPolicy(config.dev()));
    }

    /** With a chosen schedule and target policy: tests use exact delays and a fake resolver. */
    Delivery(Database db, Clock clock, ServerConfig config, RetrySchedule schedule, TargetPolicy policy) {
        this.config = config;
        this.clock = clock;
        this.policy = policy;
        this.outbox = new Outbox(clock, wakeup);
        this.store = new DeliveryStore(db);
        this.endpoints = new EndpointStore(db, clock);
        this.leaseMillis = config.deliveryTimeout().multipliedBy(2).plus(LEASE_MARGIN).toMillis();
        this.httpThreads = Executors.newCachedThreadPool(daemonThreads("billhook-webhook-http-"));
        WebhookSender sender = new WebhookSender(config.deliveryTimeout(), policy, clock, httpThreads);
        this.runner = new AttemptRunner(sender, new AttemptRecorder(db, clock, schedule), store);
        this.testSends = new TestSends(db, clock, outbox, runner, leaseMillis);
    }

    public Outbox outbox() {
        return outbox;
    }

    public void routes(Routes routes) {
        new WebhooksApi(endpoints, policy, testSends).register(routes);
    }

    public synchronized void start() {
        if (workers != null) throw new IllegalStateException("delivery already started");
        workers = Executors.newFixedThreadPool(config.deliveryWorkers(), daemonThreads("billhook-delivery-"));
        for (int i = 0; i < config.deliveryWorkers(); i++) {
            workers.execute(new DeliveryWorker(nodeId + "/w" + i, store, runner, wakeup, clock, leaseMillis, stopping));
        }
        log.info("delivery started node={} workers={} timeoutMs={}", nodeId, config.deliveryWorkers(),
                config.deliveryTimeout().toMillis());
    }

    @Override
    public synchronized void close() {
        stopping.set(true);
        wakeup.signal();
        if (workers != null) {
            workers.shutdown();
            long graceMillis = config.deliveryTimeout().plus(STOP_GRACE).toMillis();
            if (!awaitQuietly(workers, graceMillis)) {
                log.warn("delivery workers did not stop in time; abandoning attempts in flight waitedMs={}", graceMillis);
                workers.shutdownNow();
                awaitQuietly(workers, STOP_GRACE.toMillis());
            }
        }
        httpThreads.shutdownNow();
        log.info("delivery stopped node={}", nodeId);
    }

    private static boolean awaitQuietly(ExecutorService executor, long millis) {
        try {
            return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
