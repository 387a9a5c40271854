package dev.billhook.webhook.inbox;

import com.zaxxer.hikari.HikariDataSource;

import dev.billhook.webhook.HeaderLookup;
import dev.billhook.webhook.Payloads;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookResponse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

/** Shared bits of the inbox tests: signed deliveries, table peeks, a bounded wait. */
final class InboxFixture {
    private InboxFixture() {}

    static WebhookResponse deliver(WebhookDispatcher dispatcher, String body) {
        byte[] bytes = Payloads.utf8(body);
        return dispatcher.handle(
                bytes,
                HeaderLookup.of(Map.of(WebhookHeaders.SIGNATURE, Payloads.signature(bytes))));
    }

    /** A {@code subscription.created} body with event id {@code id}. */
    static String event(String id) {
        return Payloads.subscriptionCreated().replace("whev_created_1", id);
    }

    /** Rows of the default inbox table in {@code state}. */
    static int rows(DataSource db, String state) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT COUNT(*) FROM "
                                        + JdbcWebhookInbox.DEFAULT_TABLE
                                        + " WHERE state = '"
                                        + state
                                        + "'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code condition} until it holds, for at most 10 seconds. */
    static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }

    static void closeQuietly(HikariDataSource pool) {
        if (pool != null) {
            pool.close();
        }
    }
}
