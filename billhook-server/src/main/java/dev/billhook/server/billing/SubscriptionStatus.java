package dev.billhook.server.billing;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a subscription is in its life (SPEC.md section 4):
 * {@code draft → pending_payment → (trialing →) active ⇄ past_due → canceled}.
 */
public enum SubscriptionStatus {
    DRAFT("draft"),
    PENDING_PAYMENT("pending_payment"),
    TRIALING("trialing"),
    ACTIVE("active"),
    PAST_DUE("past_due"),
    CANCELED("canceled");

    private final String wire;

    SubscriptionStatus(String wire) {
        this.wire = wire;
    }

    /** The value on the wire and in the database. */
    public String wire() {
        return wire;
    }

    /** Whether features are available: past_due counts, as a grace window while dunning retries. */
    public boolean grantsAccess() {
        return this == TRIALING || this == ACTIVE || this == PAST_DUE;
    }

    public static Optional<SubscriptionStatus> ofWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
    }

    static SubscriptionStatus fromDb(String value) {
        return ofWire(value).orElseThrow(() -> new IllegalStateException("unknown stored status " + value));
    }
}
