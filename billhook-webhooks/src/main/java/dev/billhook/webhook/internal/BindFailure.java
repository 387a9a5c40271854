package dev.billhook.webhook.internal;

/**
 * A value that does not fit its record component, thrown by {@link TokenReader}s and {@link
 * RecordBinder}. Carries the path relative to the value being bound; each enclosing level
 * prepends its own segment as the failure passes through it, so the path string is built only
 * when binding fails, never for a payload that binds. No stack trace: it is control flow, turned
 * into a MALFORMED_PAYLOAD exception by {@link #toMalformed}.
 */
final class BindFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private String path;
    private final String problem;

    BindFailure(String problem) {
        super(null, null, false, false);
        this.path = "";
        this.problem = problem;
    }

    /** This failure, now under {@code segment} ({@code ".name"} or {@code "[3]"}). */
    BindFailure under(String segment) {
        path = segment + path;
        return this;
    }

    /** The exception to throw, for a failure inside the value at {@code root} (e.g. "data"). */
    dev.billhook.webhook.WebhookVerificationException toMalformed(String root) {
        return Malformed.at(root + path, problem);
    }
}
