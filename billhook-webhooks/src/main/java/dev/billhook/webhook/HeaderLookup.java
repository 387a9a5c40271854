package dev.billhook.webhook;

import dev.billhook.webhook.internal.CaseInsensitiveHeaders;

import java.util.Map;

/**
 * Reads request headers for {@link WebhookDispatcher#handle}, so the dispatcher needs no web
 * framework types. Adapt any framework with a lambda: {@code HeaderLookup headers =
 * request::getHeader;}
 *
 * <p>HTTP header names are case-insensitive; implementations must match them that way (servlet and
 * most framework lookups already do). The maps from {@link #of} do.
 */
@FunctionalInterface
public interface HeaderLookup {
    /** The first value of header {@code name}, or null if absent. */
    @Nullable
    String get(String name);

    /**
     * A case-insensitive snapshot of {@code headers}, whatever the map's own key comparison.
     *
     * <p>Accepts both usual shapes, {@code Map<String, String>} and {@code Map<String,
     * List<String>>} (such as {@code com.sun.net.httpserver.Headers}); for lists the first value is
     * used. (One method takes both because two {@code of} overloads would have the same erasure.)
     * If two keys differ only in case, the first one iterated wins.
     *
     * @throws IllegalArgumentException if a value is neither a String nor a Collection of Strings
     */
    static HeaderLookup of(Map<String, ?> headers) {
        return CaseInsensitiveHeaders.copyOf(headers);
    }
}
