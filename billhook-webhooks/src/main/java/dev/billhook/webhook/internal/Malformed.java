package dev.billhook.webhook.internal;

import dev.billhook.webhook.WebhookVerificationException;
import dev.billhook.webhook.WebhookVerificationException.Reason;

/** Builds the {@link Reason#MALFORMED_PAYLOAD} exception, so messages read the same. */
public final class Malformed {
    private Malformed() {}

    /**
     * @param path a JSON path such as {@code data.previousPlan.id}
     * @param problem what is wrong, e.g. {@code "must be a string"}; never the value itself, which
     *     may be personal data
     */
    public static WebhookVerificationException at(String path, String problem) {
        return new WebhookVerificationException(Reason.MALFORMED_PAYLOAD, path + " " + problem);
    }

    /** For a body that is not JSON at all; the parser's message is kept off the exception. */
    public static WebhookVerificationException notJson(Throwable cause) {
        return new WebhookVerificationException(
                Reason.MALFORMED_PAYLOAD, "body is not valid JSON", cause);
    }
}
