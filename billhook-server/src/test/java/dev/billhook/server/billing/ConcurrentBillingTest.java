package dev.billhook.server.billing;

import static dev.billhook.server.billing.BillingTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Racing requests on PostgreSQL, where writers really run concurrently (SQLite serializes them):
 * a subscription is activated once and renewed once, however many callers try at the same time.
 */
class ConcurrentBillingTest {
    static final int RACERS = 8;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startOnPostgres(b -> b);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void racingCheckoutsChargeOnce() throws Exception {
        Tenant t = Tenant.create(server);
        freeze(t, "2030-01-01T00:00:00Z");
        createCustomer(t, "racer", "r@example.com");
        String url = subscribe(t, "racer", "pro").get("checkoutUrl").asText();
        t.newEvents();

        List<Integer> statuses = race(() -> t.payJson(url, "4242424242424242").status());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(RACERS - 1);
        expectEvents(t, "invoice.created", "payment.received", "subscription.activated");
    }

    @Test
    void racingBillingRunsRenewOnce() throws Exception {
        Tenant t = Tenant.create(server);
        freeze(t, "2030-01-01T00:00:00Z");
        createCustomer(t, "renewer", "n@example.com");
        pay(t, subscribe(t, "renewer", "starter"), "4242424242424242");
        advanceDays(t, 31);
        t.newEvents();

        List<Integer> statuses = race(() -> t.post("/test-clock/process-billing", java.util.Map.of()).status());
        assertThat(statuses).containsOnly(200);
        List<JsonNode> renewal = expectEvents(t, "invoice.created", "payment.received");
        assertThat(renewal.get(0).get("periodStart").asText()).isEqualTo("2030-02-01T00:00:00.000Z");
    }

    private static <T> List<T> race(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) futures.add(pool.submit(call));
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
