package dev.billhook.server.delivery;

/**
 * What one HTTP attempt came to. Only a 2xx {@link Responded} is a delivery; a redirect, any other
 * status, and every {@link NoResponse} are failures to be retried.
 */
sealed interface AttemptOutcome {

    /** The receiver answered; {@code body} is the start of its body, truncated. */
    record Responded(int status, String body) implements AttemptOutcome {}

    /** No answer: a timeout, a network error, or a target the policy refused before sending. */
    record NoResponse(String error) implements AttemptOutcome {}

    default boolean delivered() {
        return this instanceof Responded r && r.status() >= 200 && r.status() < 300;
    }

    /** The status when there was a response, else null. */
    default Integer statusOrNull() {
        return this instanceof Responded r ? r.status() : null;
    }

    /** A short reason for a failure, for the delivery's {@code last_error}; null when delivered. */
    default String error() {
        if (this instanceof NoResponse n) return n.error();
        if (delivered()) return null;
        int status = ((Responded) this).status();
        return status >= 300 && status < 400 ? "redirect " + status + " (not followed)" : "HTTP " + status;
    }
}
