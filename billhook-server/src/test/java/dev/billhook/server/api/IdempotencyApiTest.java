package dev.billhook.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.server.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Idempotency-Key over real HTTP, the way the official client sends it on every POST. */
class IdempotencyApiTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRetriedCreateReturnsTheSameCustomerAndCreatesOnlyOne() {
        String body = "{\"email\":\"retry@example.com\",\"externalId\":\"retry-1\"}";
        TestServer.Reply first = post("/customers", body, "key-1");
        TestServer.Reply second = post("/customers", body, "key-1");
        assertThat(first.status()).isBetween(200, 201);
        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.data().get("id")).isEqualTo(first.data().get("id"));
        assertThat(server.get("/customers?externalId=retry-1").data()).hasSize(1);
    }

    @Test
    void reusingAKeyForADifferentBodyIs409() {
        post("/customers", "{\"email\":\"a@example.com\"}", "key-2");
        TestServer.Reply reused = post("/customers", "{\"email\":\"b@example.com\"}", "key-2");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.errorCode()).isEqualTo("idempotency_key_reused");
    }

    @Test
    void aRefusedRequestIsReplayedAsRefused() {
        TestServer.Reply first = post("/customers", "{\"email\": 5}", "key-3");
        TestServer.Reply second = post("/customers", "{\"email\": 5}", "key-3");
        assertThat(first.status()).isEqualTo(400);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("error")).isEqualTo(first.json().get("error"));
    }

    @Test
    void anOverlongKeyIs400() {
        TestServer.Reply reply = post("/customers", "{\"email\":\"c@example.com\"}", "k".repeat(256));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("validation_error");
    }

    private static TestServer.Reply post(String path, String body, String key) {
        return server.send(HttpRequest.newBuilder(URI.create(server.server().apiUrl() + path))
                .header("x-api-key", server.apiKey())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }
}
