package dev.billhook.webhook;

import java.util.Objects;

/**
 * A delivery was rejected before any handler ran: its body could not be read, its signature or
 * signed timestamp did not check out, or its verified body is not a valid webhook envelope. {@link
 * #reason()} says which; {@link WebhookResponse#rejected} turns it into the answer (403, 400, 413
 * or 415).
 *
 * <p>Messages describe what was wrong (a missing header, a field path and the expected type, a
 * limit) and never contain the secret, signatures, header values or payload values.
 */
public final class WebhookVerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a delivery was rejected. The answer for each is in {@link WebhookResponse#rejected}. */
    public enum Reason {
        /** No signature header the verifier accepts, or an empty one. 403. */
        MISSING_SIGNATURE,
        /**
         * Some of {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature} are
         * present but not all three. 403.
         */
        INCOMPLETE_SIGNATURE,
        /**
         * The signature header has the wrong shape: {@code X-Commet-Signature} not exactly 64 hex
         * digits, or {@code webhook-signature} without one {@code v1,<base64 of 32 bytes>} entry.
         * 403.
         */
        MALFORMED_SIGNATURE,
        /** Well formed, but no signature matches the body under any configured secret. 403. */
        NO_MATCHING_SIGNATURE,
        /** {@code webhook-timestamp} is not Unix seconds in ASCII digits. 403. */
        MALFORMED_TIMESTAMP,
        /**
         * The signed timestamp is older than the tolerance allows (a replay, or a late retry). 403.
         */
        TIMESTAMP_TOO_OLD,
        /**
         * The signed timestamp is further ahead than the tolerance allows: clock skew, or
         * milliseconds sent where seconds belong. 403.
         */
        TIMESTAMP_IN_FUTURE,
        /** The signature matched, but the body is not valid JSON or not a valid envelope. 400. */
        MALFORMED_PAYLOAD,
        /**
         * The body could not be read, or is not the gzip its {@code Content-Encoding} says. 400.
         */
        UNREADABLE_BODY,
        /** The body, as received or once decoded, is over the dispatcher's size limit. 413. */
        BODY_TOO_LARGE,
        /**
         * {@code Content-Encoding} is something other than {@code gzip} or {@code identity}. 415.
         */
        UNSUPPORTED_ENCODING;

        /**
         * True for the reasons about the signature or its signed timestamp, answered 403: the
         * delivery cannot be trusted. False for the body reasons, {@link #MALFORMED_PAYLOAD} (the
         * only one that implies the signature was fine), {@link #UNREADABLE_BODY}, {@link
         * #BODY_TOO_LARGE} and {@link #UNSUPPORTED_ENCODING} (checked before the signature).
         */
        public boolean isSignatureFailure() {
            return switch (this) {
                case MALFORMED_PAYLOAD, UNREADABLE_BODY, BODY_TOO_LARGE, UNSUPPORTED_ENCODING ->
                        false;
                default -> true;
            };
        }
    }

    private final Reason reason;

    /**
     * Creates an exception; the SDK throws these, and adapters or tests may too.
     *
     * @param reason why the delivery was rejected
     * @param message a description for logs; must not contain secrets, header or payload values
     */
    public WebhookVerificationException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** As {@link #WebhookVerificationException(Reason, String)}, keeping the cause. */
    public WebhookVerificationException(Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the delivery was rejected. */
    public Reason reason() {
        return reason;
    }
}
