package dev.billhook.webhook.inbox;

import dev.billhook.webhook.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A durable queue of verified deliveries waiting for their handlers: the SPI between {@link
 * dev.billhook.webhook.WebhookDispatcher.Builder#queueTo} (which appends, then answers 202) and
 * {@link InboxProcessor} (which claims, runs the handlers, and completes or fails).
 *
 * <p>An entry is <em>pending</em> (claimable once its due time has come), <em>claimed</em> (by one
 * worker, until its lease expires, after which it is claimable again), or <em>dead</em> (given up
 * on; kept for inspection, never claimed). Completed entries are removed.
 *
 * <p><b>Contract.</b> Implementations must be thread-safe, and safe to share between processes if
 * they claim to be shared. {@link #append} must be durable when it returns: the sender is told 202
 * and will not send the event again. {@link #claimNext} must be atomic: a pending entry goes to
 * exactly one caller per lease. Times are the caller's, so the caller's {@code Clock} rules. {@link
 * #complete}, {@link #fail} and {@link #giveUp} do nothing if {@code entry}'s claim is no longer
 * current (its lease expired and another worker claimed it). Any method may throw a {@link
 * RuntimeException} when the store is unavailable: {@code append} then makes the delivery answer
 * 500, so the sender retries; the processor logs the others and leaves the lease to expire.
 */
public interface WebhookInbox {
    /**
     * Stores a verified delivery, due at once.
     *
     * @param body the exact body bytes that were verified; not copied, do not modify
     * @param eventId the envelope id, if any, kept for dedup and for people reading the table
     * @param receivedAt when the delivery arrived
     * @return the new entry's id
     */
    String append(byte[] body, @Nullable String eventId, Instant receivedAt);

    /**
     * Claims one entry due at {@code now} (pending and due, or claimed with an expired lease),
     * increments its attempt count, and leases it to the caller until {@code now + lease}.
     *
     * @return the claimed entry, or empty if none is due
     */
    Optional<InboxEntry> claimNext(Instant now, Duration lease);

    /** Removes the entry: its handlers succeeded (or it was a duplicate). */
    void complete(InboxEntry entry);

    /** Makes the entry pending again, due at {@code retryAt}. */
    void fail(InboxEntry entry, Instant retryAt);

    /** Marks the entry dead: it will not be claimed again. */
    void giveUp(InboxEntry entry);
}
