package dev.billhook.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * The fields every webhook body shares, around the event-specific {@code data}.
 *
 * <p>Immutable and thread-safe. The parser guarantees every component except {@link #id()} is
 * non-null; the constructor enforces the same.
 *
 * @param id the event id, stable across every retry of the same event: deduplicate on it. Commet
 *     documents it and Billhook always sends it, but the official type definitions mark it
 *     optional, so a body without it still parses and this is null. (It is not taken from the
 *     unsigned {@code X-Commet-Event-Id} header.)
 * @param type the event type from the body's {@code event} field, e.g. {@code
 *     subscription.activated}
 * @param timestamp when the event was emitted, parsed from {@link #rawTimestamp()}
 * @param rawTimestamp the {@code timestamp} field exactly as sent (ISO-8601)
 * @param organizationId the Commet organization that emitted the event
 * @param mode whether the event comes from live or sandbox data
 * @param apiVersion the payload version, {@code YYYY-MM-DD}
 */
public record Envelope(
        @Nullable String id,
        String type,
        Instant timestamp,
        String rawTimestamp,
        String organizationId,
        Mode mode,
        String apiVersion) {

    /**
     * @throws NullPointerException if any component but {@code id} is null
     */
    public Envelope {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(rawTimestamp, "rawTimestamp");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(apiVersion, "apiVersion");
    }

    /**
     * Live or sandbox. Deliberately closed: an unrecognized mode makes the payload malformed,
     * because guessing whether an event concerns real money is worse than a retried delivery.
     */
    public enum Mode {
        /** Real customers and real money. */
        LIVE("live"),
        /** Test data; no money moves. */
        SANDBOX("sandbox");

        private final String wireValue;

        Mode(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The value as it appears in JSON: {@code live} or {@code sandbox}. */
        public String wireValue() {
            return wireValue;
        }

        /**
         * The mode for a JSON value.
         *
         * @throws IllegalArgumentException if {@code wireValue} is neither {@code live} nor {@code
         *     sandbox} (exact, case-sensitive)
         */
        public static Mode fromWire(String wireValue) {
            for (Mode mode : values()) {
                if (mode.wireValue.equals(wireValue)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("mode must be \"live\" or \"sandbox\"");
        }
    }
}
