package dev.billhook.webhook.internal;

import dev.billhook.webhook.ErrorHandler;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.inbox.WebhookInbox;

import java.time.Instant;

/** The front half of asynchronous mode: a verified, parsed delivery goes into the inbox. */
public final class Enqueue {
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
            return WebhookResponse.ACCEPTED;
        } catch (RuntimeException e) {
            report.handle(e, event);
            return WebhookResponse.HANDLER_FAILED;
        }
    }
}
