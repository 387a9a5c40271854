package dev.billhook.server.billing;

import dev.billhook.server.TestServer;

/** {@link DunningTest} on a real (embedded) PostgreSQL. */
class PostgresDunningTest extends DunningTest {
    @Override
    TestServer startServer() {
        return TestServer.startOnPostgres(b -> b);
    }
}
