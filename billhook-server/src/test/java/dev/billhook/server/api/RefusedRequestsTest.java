package dev.billhook.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.server.TestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests refused before or around the resources, each answered in the error envelope with an
 * {@code x-request-id}, never with Jetty's HTML page or a 500. Raw sockets, so nothing in a
 * client library tidies the request first.
 */
class RefusedRequestsTest {
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
    void aMalformedPercentEscapeInThePathIsAJson400() throws Exception {
        String reply = raw("GET /api/v1/customers/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEnvelope(reply, 400, "bad_request");
    }

    @Test
    void aPathNoHandlerServesIsAJson404() throws Exception {
        assertEnvelope(raw("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 404, "route_not_found");
    }

    @Test
    void oversizedHeadersAreAJson431() throws Exception {
        String reply = raw("GET /api/v1/plans HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertEnvelope(reply, 431, "headers_too_large");
    }

    @Test
    void jsonErrorsExplainWithoutNamingParserInternals() {
        TestServer.Reply duplicate = server.call("POST", "/customers",
                "{\"email\":\"a@example.com\",\"email\":\"b@example.com\"}", server.apiKey());
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().at("/error/message").asText())
                .contains("duplicate field 'email'").doesNotContain("DeserializationFeature");

        TestServer.Reply deep = server.call("POST", "/customers", "[".repeat(100) + "]".repeat(100), server.apiKey());
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().at("/error/message").asText()).contains("64 levels").doesNotContain("StreamReadConstraints");
    }

    @Test
    void aFractionalDayCountIsCalledFractional() {
        TestServer.Reply reply = server.post("/test-clock", java.util.Map.of("advanceDays", 1.5));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/error/message").asText()).contains("a fractional number");
    }

    @Test
    void aFrozenTimeBeyondTheInstantRangeIs400NotA500() {
        TestServer.Reply reply = server.post("/test-clock", java.util.Map.of("frozenTime", "+999999999-12-31T23:59:59Z"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("validation_error");
        TestServer.Reply far = server.post("/test-clock", java.util.Map.of("frozenTime", "2400-01-01T00:00:00Z"));
        assertThat(far.status()).isEqualTo(400);
    }

    @Test
    void aCompressedApiBodyIs415() throws Exception {
        String reply = raw("POST /api/v1/customers HTTP/1.1\r\nHost: x\r\nx-api-key: " + server.apiKey()
                + "\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertEnvelope(reply, 415, "unsupported_media_type");
    }

    @Test
    void aWebhookUrlWithAnImpossiblePortIs400() {
        TestServer.Reply reply = server.post("/webhooks", java.util.Map.of(
                "url", "http://127.0.0.1:99999/hook", "events", java.util.List.of("invoice.created")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/error/message").asText()).contains("port");
    }

    @Test
    void checkoutErrorsCarryATypeAndARequestId() throws Exception {
        String reply = raw("POST /checkout/chk_doesNotExist HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                + "\r\nContent-Length: 27\r\nConnection: close\r\n\r\n{\"card\":\"4242424242424242\"}");
        assertThat(reply).startsWith("HTTP/1.1 404");
        assertThat(reply.toLowerCase()).contains("x-request-id: req_");
        assertThat(reply).contains("\"type\":\"invalid_request_error\"");
    }

    private static void assertEnvelope(String reply, int status, String code) {
        assertThat(reply).startsWith("HTTP/1.1 " + status);
        assertThat(reply.toLowerCase()).contains("x-request-id: req_").contains("content-type: application/json");
        assertThat(reply).contains("\"success\":false").contains("\"code\":\"" + code + "\"").doesNotContain("<html");
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server().port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
