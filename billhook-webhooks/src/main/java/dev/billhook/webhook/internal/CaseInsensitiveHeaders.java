package dev.billhook.webhook.internal;

import dev.billhook.webhook.HeaderLookup;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;


/** An immutable, case-insensitive header snapshot. Thread-safe. */
public final class CaseInsensitiveHeaders implements HeaderLookup {
    // Keyed by the lower-cased name: a hash lookup per header, and toLowerCase returns the same
    // string (no allocation) for names that are lower case already, as the SDK's own are.
    private final HashMap<String, String> values = new HashMap<>();

    private CaseInsensitiveHeaders() {}

    /** See {@link HeaderLookup#of}. */
    public static CaseInsensitiveHeaders copyOf(Map<String, ?> headers) {
        Objects.requireNonNull(headers, "headers");
        CaseInsensitiveHeaders copy = new CaseInsensitiveHeaders();
        for (Map.Entry<String, ?> entry : headers.entrySet()) {
            // Some maps (the JDK's Headers among them) may hold a null key for the status line.
            if (entry.getKey() != null && entry.getValue() != null) {
                copy.values.putIfAbsent(
                        entry.getKey().toLowerCase(Locale.ROOT), first(entry.getKey(), entry.getValue()));
            }
        }
        copy.values.values().removeIf(Objects::isNull);
        return copy;
    }

    private static String first(String name, Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Collection<?> list) {
            Iterator<?> it = list.iterator();
            Object head = it.hasNext() ? it.next() : null;
            if (head == null || head instanceof String) {
                return (String) head;
            }
        }
        throw new IllegalArgumentException(
                "header " + name + " must map to a String or a Collection of Strings");
    }

    @Override
    public String get(String name) {
        return name == null ? null : values.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "HeaderLookup" + values.keySet(); // names only: values may carry signatures
    }
}
