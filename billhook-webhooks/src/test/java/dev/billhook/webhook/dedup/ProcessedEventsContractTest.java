package dev.billhook.webhook.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billhook.webhook.store.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The {@link ProcessedEvents} contract, run against every store. */
class ProcessedEventsContractTest {
    private static final Duration LEASE = Duration.ofMinutes(1);

    @TempDir Path dir;
    private final TestClock clock = new TestClock();
    private StoreKind.Opened opened;

    private ProcessedEvents store(StoreKind kind) {
        opened = new StoreKind.Opened(dir);
        return opened.open(kind, clock);
    }

    @AfterEach
    void closePools() {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aFirstClaimWinsAndASecondSeesItInProgress(StoreKind kind) {
        ProcessedEvents store = store(kind);

        assertThat(store.claim("whev_1", LEASE)).isInstanceOf(Claim.Claimed.class);
        assertThat(store.claim("whev_1", LEASE)).isEqualTo(new Claim.InProgress("whev_1"));
        assertThat(store.claim("whev_2", LEASE)).isInstanceOf(Claim.Claimed.class);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aProcessedEventIsNeverClaimedAgain(StoreKind kind) {
        ProcessedEvents store = store(kind);
        Claim.Claimed claim = (Claim.Claimed) store.claim("whev_1", LEASE);

        store.markProcessed(claim);
        clock.advance(Duration.ofHours(2)); // far past the lease

        assertThat(store.claim("whev_1", LEASE)).isEqualTo(new Claim.AlreadyProcessed("whev_1"));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aReleasedClaimCanBeClaimedAtOnce(StoreKind kind) {
        ProcessedEvents store = store(kind);
        Claim.Claimed first = (Claim.Claimed) store.claim("whev_1", LEASE);

        store.release(first);

        Claim second = store.claim("whev_1", LEASE);
        assertThat(second).isInstanceOf(Claim.Claimed.class);
        assertThat(((Claim.Claimed) second).token()).isNotEqualTo(first.token());
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aStaleClaimExpiresAndItsOwnersLateReleaseFreesNothing(StoreKind kind) {
        ProcessedEvents store = store(kind);
        Claim.Claimed crashed = (Claim.Claimed) store.claim("whev_1", LEASE);

        clock.advance(LEASE.minusSeconds(1));
        assertThat(store.claim("whev_1", LEASE)).isInstanceOf(Claim.InProgress.class);

        clock.advance(Duration.ofSeconds(1));
        Claim taken = store.claim("whev_1", LEASE);
        assertThat(taken).isInstanceOf(Claim.Claimed.class);

        store.release(crashed); // the first owner wakes up late and gives up
        assertThat(store.claim("whev_1", LEASE)).isInstanceOf(Claim.InProgress.class);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aLateMarkByAnExpiredOwnerStillCounts(StoreKind kind) {
        ProcessedEvents store = store(kind);
        Claim.Claimed slow = (Claim.Claimed) store.claim("whev_1", LEASE);
        clock.advance(LEASE.plusSeconds(1));
        Claim.Claimed second = (Claim.Claimed) store.claim("whev_1", LEASE);

        store.markProcessed(slow);
        store.release(second); // the second run failed, but the first one's handlers did succeed

        assertThat(store.claim("whev_1", LEASE)).isInstanceOf(Claim.AlreadyProcessed.class);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void markAndReleaseAreIdempotent(StoreKind kind) {
        ProcessedEvents store = store(kind);
        Claim.Claimed claim = (Claim.Claimed) store.claim("whev_1", LEASE);

        store.markProcessed(claim);
        store.markProcessed(claim);
        store.release(claim);
        store.release(claim);

        assertThat(store.claim("whev_1", LEASE)).isInstanceOf(Claim.AlreadyProcessed.class);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void concurrentClaimsOfOneIdHaveExactlyOneWinner(StoreKind kind) throws Exception {
        ProcessedEvents store = store(kind);
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 5; round++) {
                String id = "whev_race_" + round;
                List<Future<Claim>> claims = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    claims.add(
                            pool.submit(
                                    () -> {
                                        start.await();
                                        return store.claim(id, LEASE);
                                    }));
                }
                int winners = 0;
                for (Future<Claim> claim : claims) {
                    Claim c = claim.get();
                    assertThat(c).isNotInstanceOf(Claim.AlreadyProcessed.class);
                    winners += c instanceof Claim.Claimed ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void rejectsBlankIdsAndNonPositiveLeases(StoreKind kind) {
        ProcessedEvents store = store(kind);

        assertThatThrownBy(() -> store.claim(" ", LEASE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.claim("whev_1", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.claim(null, LEASE)).isInstanceOf(NullPointerException.class);
    }
}
