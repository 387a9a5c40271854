package dev.billhook.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;

/** The formatter-free fast path agrees with the JDK wherever it answers, and defers otherwise. */
class TimestampsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-03-25T14:30:00Z",
                "2026-03-25T14:30:00.0Z",
                "2026-03-25T14:30:00.000Z",
                "2026-03-25T14:30:00.123456789Z",
                "2026-03-25T14:30:00.12Z",
                "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.999999999Z",
                "2024-02-29T23:59:59Z",
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.9Z"
            })
    void canonicalFormsTakeTheFastPathAndMatchInstantParse(String text) {
        assertThat(Timestamps.parseCanonicalUtc(text)).isEqualTo(Instant.parse(text));
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-03-25T14:30:00+01:00",
                "2026-03-25T14:30:00.5-05:30",
                "2026-03-25T14:30:00+00:00",
                "2026-03-25T14:30:00.1234567891Z",
                "2026-03-25T14:30:00.Z",
                "2026-03-25T14:30Z",
                "2026-03-25t14:30:00Z",
                "2026-03-25T24:00:00Z",
                "2026-03-25T23:59:60Z",
                "+12026-03-25T14:30:00Z",
                "2026-02-29T14:30:00Z",
                "2026-13-01T00:00:00Z",
                "2026-03-25T14:3a:00Z",
                "2026-03-25"
            })
    void otherFormsFallBackToTheJdkWithTheSameResult(String text) {
        assertThat(Timestamps.parseCanonicalUtc(text)).isNull();
        Instant expected;
        try {
            expected = jdk(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> Timestamps.parse(text))
                    .isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(Timestamps.parse(text)).isEqualTo(expected);
    }

    @Test
    void offsetsAreConvertedToUtc() {
        assertThat(Timestamps.parse("2026-03-25T14:30:00+01:00"))
                .isEqualTo(Instant.parse("2026-03-25T13:30:00Z"));
        assertThat(Timestamps.parse("2026-03-25"))
                .isEqualTo(Instant.parse("2026-03-25T00:00:00Z"));
    }

    @Test
    void randomInstantsRoundTripThroughTheFastPath() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant instant =
                    Instant.ofEpochSecond(
                            random.nextLong() % 253_402_300_799L, random.nextInt(1_000_000_000));
            if (instant.getEpochSecond() < -62_135_596_800L) {
                continue; // before year 1: printed with a sign, so not the canonical form
            }
            String text = instant.toString();
            assertThat(Timestamps.parseCanonicalUtc(text)).as(text).isEqualTo(instant);
        }
    }

    /** What {@link Timestamps#parse} did before the fast path. */
    private static Instant jdk(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                return java.time.LocalDate.parse(text)
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant();
            }
        }
    }
}
