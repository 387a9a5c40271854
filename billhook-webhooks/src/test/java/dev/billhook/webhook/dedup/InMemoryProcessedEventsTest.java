package dev.billhook.webhook.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billhook.webhook.store.TestClock;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/** The in-memory store's bounds: what it forgets, and when. */
class InMemoryProcessedEventsTest {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private final TestClock clock = new TestClock();

    private static void process(ProcessedEvents store, String id) {
        store.markProcessed((Claim.Claimed) store.claim(id, LEASE));
    }

    @Test
    void beyondMaxIdsTheOldestProcessedIdIsForgottenFirst() {
        InMemoryProcessedEvents store =
                InMemoryProcessedEvents.create(3, Duration.ofDays(1), clock);
        for (String id : new String[] {"a", "b", "c", "d"}) {
            process(store, id);
        }

        assertThat(store.size()).isEqualTo(3);
        assertThat(store.claim("a", LEASE)).isInstanceOf(Claim.Claimed.class); // evicted
        assertThat(store.claim("b", LEASE)).isInstanceOf(Claim.AlreadyProcessed.class);
        assertThat(store.claim("d", LEASE)).isInstanceOf(Claim.AlreadyProcessed.class);
    }

    @Test
    void processedIdsAreForgottenAfterTheRetention() {
        InMemoryProcessedEvents store =
                InMemoryProcessedEvents.create(100, Duration.ofHours(9), clock);
        process(store, "old");
        clock.advance(Duration.ofHours(5));
        process(store, "young");

        clock.advance(Duration.ofHours(4)); // "old" is now 9 h old, "young" 4 h

        assertThat(store.claim("old", LEASE)).isInstanceOf(Claim.Claimed.class);
        assertThat(store.claim("young", LEASE)).isInstanceOf(Claim.AlreadyProcessed.class);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void claimsInProgressAreNotEvictedByTheSizeBound() {
        InMemoryProcessedEvents store =
                InMemoryProcessedEvents.create(2, Duration.ofDays(1), clock);
        store.claim("running", LEASE);
        for (String id : new String[] {"a", "b", "c"}) {
            process(store, id);
        }

        assertThat(store.claim("running", LEASE)).isInstanceOf(Claim.InProgress.class);
    }

    @Test
    void expiredClaimsLeftByVanishedOwnersDoNotPileUp() {
        InMemoryProcessedEvents store =
                InMemoryProcessedEvents.create(2, Duration.ofDays(1), clock);
        store.claim("lost1", LEASE);
        store.claim("lost2", LEASE);
        clock.advance(LEASE.plusSeconds(1));

        assertThat(store.claim("new", LEASE)).isInstanceOf(Claim.Claimed.class);
        assertThat(store.claim("lost1", LEASE)).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void rejectsNonPositiveBounds() {
        assertThatThrownBy(() -> InMemoryProcessedEvents.create(0, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InMemoryProcessedEvents.create(10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
