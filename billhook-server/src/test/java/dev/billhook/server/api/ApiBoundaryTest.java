package dev.billhook.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.server.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiBoundaryTest {
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
    void missingApiKeyIs401InTheErrorEnvelope() {
        TestServer.Reply reply = server.call("GET", "/customers", null, null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("success").asBoolean()).isFalse();
        assertThat(reply.json().at("/error/type").asText()).isEqualTo("authentication_error");
        assertThat(reply.errorCode()).isEqualTo("unauthorized");
        assertThat(reply.requestId()).startsWith("req_");
    }

    @Test
    void unknownApiKeyIs401() {
        TestServer.Reply reply = server.call("GET", "/customers", null, "ck_notARealKey");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().at("/error/message").asText()).isEqualTo("Unknown API key.");
    }

    @Test
    void unknownRouteIs404() {
        TestServer.Reply reply = server.get("/no-such-thing");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("route_not_found");
    }

    @Test
    void oversizedBodyIs413NotA500() {
        String big = "{\"email\":\"" + "x".repeat(HttpIo.MAX_BODY_BYTES) + "\"}";
        TestServer.Reply reply = server.call("POST", "/customers", big, server.apiKey());
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.errorCode()).isEqualTo("payload_too_large");
    }

    @Test
    void oversizedChunkedBodyIs413() {
        byte[] big = new byte[HttpIo.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.server().apiUrl() + "/customers"))
                .header("x-api-key", server.apiKey())
                .header("Content-Type", "application/json")
                // An InputStream publisher has no known length, so the client sends it chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();
        assertThat(server.send(request).status()).isEqualTo(413);
    }

    @Test
    void theRequestAfterA413OnTheSameClientStillGetsAnAnswer() {
        String big = "{\"email\":\"" + "x".repeat(HttpIo.MAX_BODY_BYTES) + "\"}";
        for (int i = 0; i < 10; i++) {
            assertThat(server.call("POST", "/customers", big, server.apiKey()).status()).isEqualTo(413);
            assertThat(server.call("POST", "/customers", "{\"email\": 5}", server.apiKey()).status()).isEqualTo(400);
        }
    }

    @Test
    void nonJsonContentTypeIs415() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.server().apiUrl() + "/customers"))
                .header("x-api-key", server.apiKey())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("email=a@b.c"))
                .build();
        TestServer.Reply reply = server.send(request);
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.errorCode()).isEqualTo("unsupported_media_type");
    }

    @Test
    void initialApiKeyIsPrintedOnlyOnFirstStart() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("billhook-restart");
        var config = dev.billhook.server.ServerConfig.builder().port(0).dataDir(dir).dev(true).build();
        String key;
        try (var first = dev.billhook.server.BillhookServer.start(config)) {
            key = first.initialApiKey().orElseThrow();
            assertThat(key).startsWith("ck_");
        }
        try (var second = dev.billhook.server.BillhookServer.start(config)) {
            assertThat(second.initialApiKey()).isEmpty();
            assertThat(second.organizations().authenticate(key)).isPresent();
        }
    }
}
