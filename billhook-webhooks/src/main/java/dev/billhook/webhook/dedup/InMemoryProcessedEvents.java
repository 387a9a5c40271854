package dev.billhook.webhook.dedup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@link ProcessedEvents} in this JVM's memory, bounded in size and age.
 *
 * <p>Remembers at most {@code maxIds} processed ids, each for at most {@code retention}; beyond
 * either, the oldest-processed ids are forgotten first, and a redelivery of a forgotten id runs the
 * handlers again. Size it to cover the sender's retry window (about 8 hours, SPEC section 3) at
 * your event rate. Claims in progress are never evicted; they end by mark, release or lease expiry.
 *
 * <p>Not durable and not shared: a restart forgets everything, and two processes behind a load
 * balancer each keep their own; use {@link JdbcProcessedEvents} for those. Thread-safe; every
 * operation is O(1) amortized under one lock.
 */
public final class InMemoryProcessedEvents implements ProcessedEvents {
    // Insertion-ordered, and an id is re-inserted when processed, so the head is always the
    // oldest-processed id: both bounds evict from the head. Oldest-processed rather than least
    // recently used, because redeliveries come within a fixed window after the first attempt.
    private final LinkedHashMap<String, Instant> processed = new LinkedHashMap<>();
    private final Map<String, Lease> claims = new HashMap<>();
    private final int maxIds;
    private final Duration retention;
    private final Clock clock;

    private record Lease(String token, Instant expiresAt) {}

    private InMemoryProcessedEvents(int maxIds, Duration retention, Clock clock) {
        if (maxIds <= 0) {
            throw new IllegalArgumentException("maxIds must be positive");
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        this.maxIds = maxIds;
        this.retention = retention;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A store remembering up to {@code maxIds} processed ids for up to {@code retention} each, on
     * the system clock.
     *
     * @throws IllegalArgumentException unless both are positive
     */
    public static InMemoryProcessedEvents create(int maxIds, Duration retention) {
        return create(maxIds, retention, Clock.systemUTC());
    }

    /**
     * As {@link #create(int, Duration)}, reading leases and retention off {@code clock} (tests).
     */
    public static InMemoryProcessedEvents create(int maxIds, Duration retention, Clock clock) {
        return new InMemoryProcessedEvents(
                maxIds, Objects.requireNonNull(retention, "retention"), clock);
    }

    @Override
    public synchronized Claim claim(String eventId, Duration lease) {
        Leases.check(eventId, lease);
        Instant now = clock.instant();
        evictExpired(now);
        if (processed.containsKey(eventId)) {
            return new Claim.AlreadyProcessed(eventId);
        }
        Lease current = claims.get(eventId);
        if (current != null && current.expiresAt().isAfter(now)) {
            return new Claim.InProgress(eventId);
        }
        if (current == null && claims.size() >= maxIds) {
            // Only owners that vanished without marking or releasing leave claims behind.
            claims.values().removeIf(l -> !l.expiresAt().isAfter(now));
        }
        String token = UUID.randomUUID().toString();
        claims.put(eventId, new Lease(token, now.plus(lease)));
        return new Claim.Claimed(eventId, token);
    }

    @Override
    public synchronized void markProcessed(Claim.Claimed claim) {
        Lease current = claims.get(claim.eventId());
        if (current != null && current.token().equals(claim.token())) {
            claims.remove(claim.eventId());
        }
        Instant now = clock.instant();
        processed.remove(claim.eventId()); // so the re-insert moves it to the tail
        processed.put(claim.eventId(), now);
        evictExpired(now);
        while (processed.size() > maxIds) {
            Iterator<String> oldest = processed.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    @Override
    public synchronized void release(Claim.Claimed claim) {
        Lease current = claims.get(claim.eventId());
        if (current != null && current.token().equals(claim.token())) {
            claims.remove(claim.eventId());
        }
    }

    /** How many processed ids are remembered now. */
    public synchronized int size() {
        return processed.size();
    }

    private void evictExpired(Instant now) {
        Instant cutoff = now.minus(retention);
        Iterator<Instant> it = processed.values().iterator();
        while (it.hasNext() && !it.next().isAfter(cutoff)) {
            it.remove();
        }
    }

    @Override
    public String toString() {
        return "InMemoryProcessedEvents[maxIds=" + maxIds + ", retention=" + retention + "]";
    }
}
