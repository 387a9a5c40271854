package dev.billhook.server.billing;

import dev.billhook.server.TestServer;

/** {@link SubscriptionLifecycleTest} on a real (embedded) PostgreSQL: the stores' SQL is portable. */
class PostgresSubscriptionLifecycleTest extends SubscriptionLifecycleTest {
    @Override
    TestServer startServer() {
        return TestServer.startOnPostgres(b -> b);
    }
}
