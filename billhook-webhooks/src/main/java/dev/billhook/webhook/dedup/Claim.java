package dev.billhook.webhook.dedup;

import java.util.Objects;

/**
 * The answer to {@link ProcessedEvents#claim}: either this caller now owns the event, or someone
 * already processed it, or someone is processing it right now.
 */
public sealed interface Claim permits Claim.Claimed, Claim.AlreadyProcessed, Claim.InProgress {
    /** The event id the claim was asked for. */
    String eventId();

    /**
     * The caller owns the event until it calls {@link ProcessedEvents#markProcessed} or {@link
     * ProcessedEvents#release}, or until the lease runs out, whichever comes first.
     *
     * @param eventId the event id
     * @param token identifies this claim, so that a late release by an owner whose lease expired
     *     cannot free a newer owner's claim; opaque
     */
    record Claimed(String eventId, String token) implements Claim {
        /**
         * @throws NullPointerException if either component is null
         */
        public Claimed {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * The event's handlers have already succeeded (as far as the store still remembers): do not run
     * them again.
     *
     * @param eventId the event id
     */
    record AlreadyProcessed(String eventId) implements Claim {
        /**
         * @throws NullPointerException if {@code eventId} is null
         */
        public AlreadyProcessed {
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /**
     * Another caller holds an unexpired claim: it may still succeed or fail, so the outcome is not
     * known yet.
     *
     * @param eventId the event id
     */
    record InProgress(String eventId) implements Claim {
        /**
         * @throws NullPointerException if {@code eventId} is null
         */
        public InProgress {
            Objects.requireNonNull(eventId, "eventId");
        }
    }
}
