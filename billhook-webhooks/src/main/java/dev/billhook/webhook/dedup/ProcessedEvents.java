package dev.billhook.webhook.dedup;

import java.time.Duration;

/**
 * Remembers which events have been processed, so that a redelivery of the same event id does not
 * run the handlers again. The SPI behind {@link
 * dev.billhook.webhook.WebhookDispatcher.Builder#deduplicateWith}; implement it over any store with
 * an atomic insert-if-absent.
 *
 * <p>The dispatcher uses it like this, once per event that has an id:
 *
 * <ol>
 *   <li>{@link #claim}; if the answer is not {@link Claim.Claimed}, the handlers do not run;
 *   <li>run the handlers;
 *   <li>if they all returned normally, {@link #markProcessed}; if one threw, {@link #release}, so
 *       the sender's retry runs them again.
 * </ol>
 *
 * <p>A claim is a lease: if its owner dies between steps 1 and 3, the claim expires after the lease
 * duration and the next delivery of that id may claim it. Choose a lease longer than any handler
 * run; the SPEC's sender retries after 1 min, 5 min, 15 min..., so a crashed claim costs at most a
 * retry or two.
 *
 * <p><b>Contract.</b> Implementations must be thread-safe, and {@link #claim} must be atomic with
 * respect to every other caller sharing the store (the JVM for an in-memory store, every process
 * for a database): of any number of concurrent claims of one id, at most one gets {@code Claimed}
 * while its lease runs. {@link #markProcessed} and {@link #release} are idempotent; neither throws
 * for a claim that expired or was taken over. Every method may throw a {@link RuntimeException}
 * when the store is unavailable; the dispatcher then answers 500 (claim) so the sender retries, or
 * reports the error and keeps its answer (mark, release; the lease then expires on its own).
 */
public interface ProcessedEvents {
    /**
     * The lease {@link dev.billhook.webhook.WebhookDispatcher.Builder#deduplicateWith} uses by
     * default: 5 minutes.
     */
    Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    /**
     * Tries to become the one caller that processes {@code eventId}.
     *
     * @param eventId the event id, never blank
     * @param lease how long the claim holds without {@link #markProcessed} or {@link #release};
     *     positive
     * @return {@link Claim.Claimed} if the id was unknown, released, or its previous claim expired;
     *     {@link Claim.AlreadyProcessed} if it was marked processed; {@link Claim.InProgress} if
     *     another claim is live
     */
    Claim claim(String eventId, Duration lease);

    /**
     * Records that the claimed event's handlers all succeeded, so later claims answer {@link
     * Claim.AlreadyProcessed}. Done even if the lease has expired in the meantime: the handlers did
     * run. Durable when this returns, for a durable store.
     */
    void markProcessed(Claim.Claimed claim);

    /**
     * Gives the claim back after a handler failed, so the next delivery of the id may claim it at
     * once. Does nothing if the claim expired and someone else claimed the id, or if the id was
     * marked processed.
     */
    void release(Claim.Claimed claim);
}
