package dev.billhook.webhook;

/**
 * Handles one kind of verified event.
 *
 * <p>Called on the thread that called {@link WebhookDispatcher#handle}, possibly from many threads
 * at once, so implementations must be thread-safe. The sender delivers at least once and in no
 * guaranteed order: deduplicate on {@link WebhookEvent#id()}.
 *
 * <p>Throwing anything makes the delivery answer 500, so the sender retries it later; the error
 * goes to the dispatcher's {@link ErrorHandler}. Return normally once the event is safely recorded.
 *
 * @param <E> the event type handled
 */
@FunctionalInterface
public interface EventHandler<E extends WebhookEvent> {
    /** Handles {@code event}, never null. */
    void handle(E event) throws Exception;
}
