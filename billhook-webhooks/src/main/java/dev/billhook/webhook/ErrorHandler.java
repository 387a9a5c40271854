package dev.billhook.webhook;

/**
 * Told about every delivery the dispatcher did not answer with 200.
 *
 * <ul>
 *   <li>Rejected deliveries (403 signature, 400 payload, 413 too large, 415 encoding): {@code
 *       error} is a {@link WebhookVerificationException} whose {@link
 *       WebhookVerificationException#reason() reason} says why, and there is no event.
 *   <li>A handler threw (500): {@code error} is what it threw, and the event is the one it was
 *       handling.
 * </ul>
 *
 * <p>Runs on the delivering thread and must be thread-safe. Anything it throws is ignored (after
 * being logged via {@link System.Logger}), so the response is unchanged.
 */
@FunctionalInterface
public interface ErrorHandler {
    /**
     * @param error why the delivery failed; never null
     * @param event the verified event, or null if verification or parsing failed
     */
    void handle(Throwable error, @Nullable WebhookEvent event);
}
