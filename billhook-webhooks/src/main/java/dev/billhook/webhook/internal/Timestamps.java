package dev.billhook.webhook.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Lenient-in-format, strict-in-meaning parsing of the ISO-8601 strings in payloads. */
public final class Timestamps {
    private Timestamps() {}

    /**
     * Parses {@code 2026-03-25T14:30:00.000Z}, an offset form such as {@code
     * 2026-03-25T14:30:00+01:00}, or a plain date {@code 2026-03-25} (midnight UTC).
     *
     * @throws DateTimeParseException if {@code text} is none of those
     */
    public static Instant parse(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
    }

    /** As {@link #parse}, mapping null to null. */
    public static Instant parseNullable(String text) {
        return text == null ? null : parse(text);
    }
}
