package dev.billhook.server.billing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * How often a subscription renews. Periods are calendar-based in UTC, so a monthly subscription
 * started on the 31st renews on the last day of shorter months (as {@link ZonedDateTime#plusMonths} does).
 * Commet's {@code one_time} is not a recurring interval and is not offered for subscriptions.
 */
public enum BillingInterval {
    WEEKLY("weekly"),
    MONTHLY("monthly"),
    QUARTERLY("quarterly"),
    YEARLY("yearly");

    private final String wire;

    BillingInterval(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The end of a period of this interval that starts at {@code startMillis}. */
    public long advance(long startMillis) {
        ZonedDateTime start = Instant.ofEpochMilli(startMillis).atZone(ZoneOffset.UTC);
        ZonedDateTime end = switch (this) {
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
            case YEARLY -> start.plusYears(1);
        };
        return end.toInstant().toEpochMilli();
    }

    public static Optional<BillingInterval> ofWire(String value) {
        return Arrays.stream(values()).filter(i -> i.wire.equals(value)).findFirst();
    }
}
