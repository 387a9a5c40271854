package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Map;
import java.util.Objects;

/**
 * An event whose type has no typed data in this SDK version: a type Commet added after the
 * catalog this version was built from (every catalog type has its own record). Receiving one is
 * never an error; it still reaches {@code on(type, ...)} and the catch-all handler.
 *
 * <p>Code that reads {@code data} should expect a later SDK version to deliver the same type as its
 * own record instead.
 *
 * @param envelope the shared envelope fields
 * @param data the {@code data} object as an unmodifiable map in document order. Values are {@code
 *     String}, {@code Boolean}, {@code Long} or {@code java.math.BigInteger} (integers), {@code
 *     Double} (other numbers), {@code null}, unmodifiable {@code List}s and unmodifiable {@code
 *     Map<String, Object>}s of the same.
 */
public record UnknownEvent(Envelope envelope, Map<String, Object> data) implements WebhookEvent {
    /**
     * @throws NullPointerException if a component is null
     */
    public UnknownEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
