package dev.billhook.webhook.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Lenient-in-format, strict-in-meaning parsing of the ISO-8601 strings in payloads. */
public final class Timestamps {
    private static final int SECONDS_PER_DAY = 86_400;

    private Timestamps() {}

    /**
     * Parses {@code 2026-03-25T14:30:00.000Z}, an offset form such as {@code
     * 2026-03-25T14:30:00+01:00}, or a plain date {@code 2026-03-25} (midnight UTC).
     *
     * @throws DateTimeParseException if {@code text} is none of those
     */
    public static Instant parse(String text) {
        Instant fast = parseCanonicalUtc(text);
        if (fast != null) {
            return fast;
        }
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

    /**
     * The form every sender uses, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, without a formatter: JDK
     * 17's {@code Instant.parse} builds a new {@code DateTimeFormatter} on every call, which costs
     * more than the rest of the envelope. Null for anything else (other offsets, leap seconds,
     * {@code 24:00}, out-of-range fields, long years), which {@link #parse} then hands to the JDK,
     * so the result never differs from {@code Instant.parse}.
     */
    static Instant parseCanonicalUtc(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z'
                || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0
                || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year))
                || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fractionDigits = n - 21; // between '.' and 'Z'
            if (s.charAt(19) != '.' || fractionDigits < 1) {
                return null;
            }
            int fraction = digits(s, 20, fractionDigits);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long seconds = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The decimal value of {@code count} ASCII digits at {@code from}, or -1 if one is not. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
