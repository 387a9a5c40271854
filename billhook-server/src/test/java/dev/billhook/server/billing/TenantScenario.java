package dev.billhook.server.billing;

import static dev.billhook.server.billing.BillingTestSupport.freeze;

import dev.billhook.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One server per test class and a fresh organization per test, its clock frozen at
 * 2030-01-01, so scenarios never see each other's customers or events. SQLite by default;
 * a {@code Postgres…} subclass overrides {@link #startServer} to run the same scenarios there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenantScenario {
    TestServer server;
    Tenant t;

    TestServer startServer() {
        return TestServer.start();
    }

    @BeforeAll
    void start() {
        server = startServer();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void tenant() {
        t = Tenant.create(server);
        freeze(t, "2030-01-01T00:00:00Z");
    }
}
