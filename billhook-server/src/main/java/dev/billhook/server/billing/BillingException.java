package dev.billhook.server.billing;

/**
 * A billing rule refused an operation. The API turns it into an HTTP error (see
 * {@code api.BillingErrors}); checkout renders it as a page. {@code param} names the request
 * field at fault when there is one, so the caller knows what to fix.
 */
public final class BillingException extends RuntimeException {
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, PAYMENT_DECLINED }

    static final String CONCURRENT_CHANGE = "concurrent_update";

    private final Kind kind;
    private final String code;
    private final String param;

    private BillingException(Kind kind, String code, String param, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.param = param;
    }

    /** {@code message} completes "{param} …", e.g. "must be a valid email address". */
    public static BillingException invalid(String param, String message) {
        return new BillingException(Kind.INVALID, "validation_error", param, message);
    }

    public static BillingException notFound(String param, String what, String ref) {
        return new BillingException(Kind.NOT_FOUND, "not_found", param,
                "No " + what + " '" + ref + "' exists in this organization.");
    }

    public static BillingException conflict(String code, String param, String message) {
        return new BillingException(Kind.CONFLICT, code, param, message);
    }

    /** Another transaction changed the subscription first; the caller's transaction rolls back. */
    public static BillingException concurrentChange(String subscriptionId) {
        return new BillingException(Kind.CONFLICT, CONCURRENT_CHANGE, "id", "Subscription '" + subscriptionId
                + "' changed while this request ran; fetch it again and retry.");
    }

    public static BillingException declined(String code, String message) {
        return new BillingException(Kind.PAYMENT_DECLINED, code, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String param() {
        return param;
    }
}
