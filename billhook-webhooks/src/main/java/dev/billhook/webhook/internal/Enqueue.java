package dev.billhook.webhook.internal;

import dev.billhook.webhook.ErrorHandler;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.inbox.WebhookInbox;

import java.time.Instant;

/** The front half of asynchronous mode: a verified, parsed delivery goes into the inbox. */
public final class Enqueue {
    /** 202: verified and stored durably; the handlers run later, in the background. */
    public static final WebhookResponse ACCEPTED = new WebhookResponse(202, "{\"received\":true}");

    private Enqueue() {}

    /**
     * Appends {@code body} and answers 202, or 500 (so the sender retries) if the inbox failed;
     * only a successful append may answer 2xx, since the sender will not send the event again.
     */
    public static WebhookResponse append(
            WebhookInbox inbox,
            byte[] body,
            WebhookEvent event,
            Instant receivedAt,
            ErrorHandler report) {
        try {
            inbox.append(body, event.id(), receivedAt);
            return ACCEPTED;
        } catch (RuntimeException e) {
            report.handle(e, event);
            return WebhookResponse.HANDLER_FAILED;
        }
    }
}
