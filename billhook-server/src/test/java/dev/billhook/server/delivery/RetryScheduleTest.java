package dev.billhook.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.server.ServerConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void theCommetScheduleIsEightAttemptsOverAboutEightHours() {
        RetrySchedule schedule = RetrySchedule.exact(ServerConfig.COMMET_RETRY_SCHEDULE);
        assertThat(schedule.maxAttempts()).isEqualTo(8);
        assertThat(schedule.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(schedule.delayAfter(7)).contains(Duration.ofHours(4));
        assertThat(schedule.delayAfter(8)).isEmpty();
        Duration total = Duration.ZERO;
        for (int i = 1; i < 8; i++) total = total.plus(schedule.delayAfter(i).orElseThrow());
        assertThat(total).isEqualTo(Duration.ofMinutes(471));
    }

    @Test
    void jitterOnlyLengthensADelayByAtMostTenPercent() {
        RetrySchedule max = new RetrySchedule(ServerConfig.COMMET_RETRY_SCHEDULE, 0.10, () -> 0.999_999);
        assertThat(max.delayAfter(2).orElseThrow()).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(5).plusSeconds(30));
        RetrySchedule none = new RetrySchedule(ServerConfig.COMMET_RETRY_SCHEDULE, 0.10, () -> 0);
        assertThat(none.delayAfter(2)).contains(Duration.ofMinutes(5));
        RetrySchedule real = RetrySchedule.withJitter(ServerConfig.COMMET_RETRY_SCHEDULE);
        for (int i = 0; i < 100; i++) {
            assertThat(real.delayAfter(1).orElseThrow()).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(66));
        }
    }
}
