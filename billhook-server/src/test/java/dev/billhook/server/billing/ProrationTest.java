package dev.billhook.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProrationTest {
    static final long START = Instant.parse("2030-01-01T00:00:00Z").toEpochMilli();
    static final long END = Instant.parse("2030-02-01T00:00:00Z").toEpochMilli();
    static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void anUpgradeMidPeriodCreditsTheOldPriceAndChargesTheNewForWhatRemains() {
        Proration p = Proration.of(900, START, END, START + 10 * DAY, 2900, BillingInterval.MONTHLY, BillingInterval.MONTHLY);
        assertThat(p.credit()).isEqualTo(610);
        assertThat(p.charge()).isEqualTo(1965);
        assertThat(p.totalCharged()).isEqualTo(1355);
        assertThat(p.periodStart()).isEqualTo(START);
        assertThat(p.periodEnd()).isEqualTo(END);
    }

    @Test
    void aDowngradeNeverChargesANegativeAmount() {
        Proration p = Proration.of(9900, START, END, START, 900, BillingInterval.MONTHLY, BillingInterval.MONTHLY);
        assertThat(p.credit()).isEqualTo(9900);
        assertThat(p.totalCharged()).isZero();
    }

    @Test
    void anIntervalChangeStartsAFreshPeriodAtFullPrice() {
        long now = START + 15 * DAY;
        Proration p = Proration.of(2900, START, END, now, 29000, BillingInterval.MONTHLY, BillingInterval.YEARLY);
        assertThat(p.charge()).isEqualTo(29000);
        assertThat(p.credit()).isEqualTo(Math.round(2900 * 16 / 31.0));
        assertThat(p.periodStart()).isEqualTo(now);
        assertThat(p.periodEnd()).isEqualTo(BillingInterval.YEARLY.advance(now));
    }

    @Test
    void timeOutsideThePeriodIsClamped() {
        assertThat(Proration.of(900, START, END, END + DAY, 2900, BillingInterval.MONTHLY, BillingInterval.MONTHLY)
                .totalCharged()).isZero();
        assertThat(Proration.of(900, START, END, START - DAY, 2900, BillingInterval.MONTHLY, BillingInterval.MONTHLY)
                .credit()).isEqualTo(900);
    }

    @Test
    void hugePricesDoNotOverflow() {
        Proration p = Proration.of(Long.MAX_VALUE / 4, START, END, START + DAY, 0, BillingInterval.MONTHLY,
                BillingInterval.MONTHLY);
        assertThat(p.credit()).isPositive();
    }
}
