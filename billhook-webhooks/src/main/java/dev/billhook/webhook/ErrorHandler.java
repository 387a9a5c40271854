package dev.billhook.webhook;

/**
 * Told about every delivery the dispatcher did not answer with 200.
 *
 * <ul>
 *   <li>Signature missing or wrong (403) and malformed payloads (400): {@code error} is a {@link
 *       WebhookVerificationException} and there is no event.
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
