package dev.billhook.server.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The money of an immediate plan change: a credit for the unused part of the old price, a charge
 * for the new price over what remains, and the difference to collect now (never negative: a
 * downgrade's surplus credit is forfeited, as there are no account balances yet).
 *
 * <p>Keeping the interval keeps the period, so the new price is prorated over the same remaining
 * time. Changing the interval starts a fresh period now and charges its full price.
 *
 * @param periodStart the period after the change
 */
public record Proration(long credit, long charge, long totalCharged, long periodStart, long periodEnd) {

    static Proration of(long oldPrice, long start, long end, long now, long newPrice, BillingInterval oldInterval,
                        BillingInterval newInterval) {
        long credit = share(oldPrice, end - clamp(now, start, end), end - start);
        if (newInterval == oldInterval) {
            long charge = share(newPrice, end - clamp(now, start, end), end - start);
            return new Proration(credit, charge, Math.max(0, charge - credit), start, end);
        }
        return new Proration(credit, newPrice, Math.max(0, newPrice - credit), now, newInterval.advance(now));
    }

    /** {@code amount × part / whole}, rounded half up to a cent; exact for any price. */
    private static long share(long amount, long part, long whole) {
        if (whole <= 0) return 0;
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}
