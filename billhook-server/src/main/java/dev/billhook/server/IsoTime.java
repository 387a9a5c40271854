package dev.billhook.server;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one wire format for instants: ISO-8601 UTC with exactly three fraction digits
 * ({@code 2026-03-25T14:30:00.000Z}), as Commet's headers and payloads use. The database keeps
 * epoch milliseconds, so nothing finer than a millisecond is ever lost in a round trip.
 */
public final class IsoTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private IsoTime() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    public static String format(long epochMillis) {
        return format(Instant.ofEpochMilli(epochMillis));
    }

    /** {@link #format(long)}, passing null through (for nullable columns). */
    public static String formatNullable(Long epochMillis) {
        return epochMillis == null ? null : format(epochMillis);
    }
}
