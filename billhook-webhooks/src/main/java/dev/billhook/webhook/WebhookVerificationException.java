package dev.billhook.webhook;

import java.util.Objects;

/**
 * A delivery was rejected: its signature did not check out, or its verified body is not a valid
 * webhook envelope. {@link #reason()} says which, so callers can answer 403 or 400.
 *
 * <p>Messages describe what was wrong (a missing header, a field path and the expected type) and
 * never contain the secret, signatures or payload values.
 */
public final class WebhookVerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a delivery was rejected. */
    public enum Reason {
        /** No signature header, or an empty one. */
        MISSING_SIGNATURE,
        /** The signature header is not exactly 64 hexadecimal digits. */
        MALFORMED_SIGNATURE,
        /** The signature is well formed but does not match the body for this secret. */
        NO_MATCHING_SIGNATURE,
        /** The signature matched, but the body is not valid JSON or not a valid envelope. */
        MALFORMED_PAYLOAD;

        /** True for every reason except {@link #MALFORMED_PAYLOAD}: answer 403, not 400. */
        public boolean isSignatureFailure() {
            return this != MALFORMED_PAYLOAD;
        }
    }

    private final Reason reason;

    /**
     * Creates an exception; the SDK throws these, and adapters or tests may too.
     *
     * @param reason why the delivery was rejected
     * @param message a description for logs; must not contain secrets or payload values
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
