package dev.billhook.webhook.dedup;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the stores, so they reject the same inputs the same way. */
final class Leases {
    private Leases() {}

    static void check(String eventId, Duration lease) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(lease, "lease");
        if (eventId.isBlank()) {
            throw new IllegalArgumentException("eventId must not be blank");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
    }
}
