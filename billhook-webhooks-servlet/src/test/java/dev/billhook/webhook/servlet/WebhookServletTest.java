package dev.billhook.webhook.servlet;

import static dev.billhook.webhook.servlet.Deliveries.envelope;
import static dev.billhook.webhook.servlet.Deliveries.post;
import static dev.billhook.webhook.servlet.Deliveries.postChunked;
import static dev.billhook.webhook.servlet.Deliveries.sign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.event.UnknownEvent;

import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** {@link WebhookServlet} in Jetty, over real HTTP. */
class WebhookServletTest {
    private static final int LIMIT = JettyFixture.LIMIT;

    private JettyFixture jetty;
    private URI uri;

    @BeforeEach
    void start() throws Exception {
        jetty =
                new JettyFixture(
                        (context, dispatcher) ->
                                context.addServlet(
                                        new ServletHolder(new WebhookServlet(dispatcher)),
                                        "/webhooks/commet"));
        uri = jetty.uri("/webhooks/commet");
    }

    @AfterEach
    void stop() throws Exception {
        jetty.close();
    }

    @Test
    void signedDeliveryIs200AndReachesTheHandler() throws Exception {
        byte[] body = envelope("whev_1", "billhook.test.untyped", "{\"name\":\"Ada\"}");
        HttpResponse<String> response = post(uri, body, "application/json", sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"received\":true}");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(jetty.events)
                .singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo("whev_1"));
    }

    @Test
    void wrongSignatureIs403AndRunsNoHandler() throws Exception {
        byte[] body = envelope("whev_1", "billhook.test.untyped", "{}");
        HttpResponse<String> response =
                post(uri, body, "application/json", sign("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .isEqualTo("{\"received\":false,\"error\":\"Invalid signature\"}");
        assertThat(jetty.events).isEmpty();
    }

    @Test
    void missingSignatureIs403() throws Exception {
        byte[] body = envelope("whev_1", "billhook.test.untyped", "{}");
        assertThat(post(uri, body, "application/json", null).statusCode()).isEqualTo(403);
    }

    @Test
    void signedBodyThatIsNoEnvelopeIs400() throws Exception {
        byte[] body = "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post(uri, body, "application/json", sign(body));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"received\":false,\"error\":\"Invalid payload\"}");
    }

    @Test
    void throwingHandlerIs500SoTheSenderRetries() throws Exception {
        byte[] body = envelope("whev_f", "test.fail", "{}");
        HttpResponse<String> response = post(uri, body, "application/json", sign(body));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"received\":false,\"error\":\"Handler failed\"}");
        assertThat(jetty.errors).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void utf8BodyWithoutCharsetVerifiesByteForByte() throws Exception {
        String name = "Zoë 🎉 café";
        byte[] body = envelope("whev_u", "billhook.test.untyped", "{\"name\":\"" + name + "\"}");
        HttpResponse<String> response = post(uri, body, "application/json", sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(((UnknownEvent) jetty.events.get(0)).data()).containsEntry("name", name);
    }

    @Test
    void aWrongDeclaredCharsetDoesNotMatterBecauseTextIsNeverDecoded() throws Exception {
        byte[] body = envelope("whev_l", "billhook.test.untyped", "{\"name\":\"Zoë\"}");
        HttpResponse<String> response =
                post(uri, body, "text/plain; charset=ISO-8859-1", sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(((UnknownEvent) jetty.events.get(0)).data()).containsEntry("name", "Zoë");
    }

    @Test
    void bodyOverTheLimitIs413WhenDeclared() throws Exception {
        byte[] body = padded(LIMIT + 1);
        HttpResponse<String> response = post(uri, body, "application/json", sign(body));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body())
                .isEqualTo("{\"received\":false,\"error\":\"Payload too large\"}");
        assertThat(jetty.events).isEmpty();
    }

    @Test
    void chunkedBodyOverTheLimitIs413CountedOnBytesRead() throws Exception {
        byte[] body = padded(LIMIT + 1);
        assertThat(postChunked(uri, body, sign(body)).statusCode()).isEqualTo(413);
        assertThat(jetty.events).isEmpty();
    }

    @Test
    void chunkedBodyExactlyAtTheLimitIsAccepted() throws Exception {
        byte[] body = padded(LIMIT);
        assertThat(postChunked(uri, body, sign(body)).statusCode()).isEqualTo(200);
    }

    @Test
    void getIs405WithAllowPost() throws Exception {
        HttpResponse<String> response = Deliveries.get(uri);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.body())
                .isEqualTo("{\"received\":false,\"error\":\"Method not allowed\"}");
    }

    @Test
    void gzipBodyIsDecodedAndVerifiedOverTheJson() throws Exception {
        byte[] body = envelope("whev_g", "billhook.test.untyped", "{\"name\":\"Zoë\"}");
        HttpResponse<String> response = Deliveries.postEncoded(uri, gzip(body), "gzip", sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(((UnknownEvent) jetty.events.get(0)).data()).containsEntry("name", "Zoë");
    }

    @Test
    void otherContentEncodingsAre415() throws Exception {
        byte[] body = envelope("whev_b", "billhook.test.untyped", "{}");
        HttpResponse<String> response = Deliveries.postEncoded(uri, body, "br", sign(body));
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(jetty.events).isEmpty();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /** A valid, signed-able envelope of exactly {@code size} bytes. */
    private static byte[] padded(int size) {
        int overhead = envelope("whev_p", "billhook.test.untyped", "{\"pad\":\"\"}").length;
        return envelope(
                "whev_p",
                "billhook.test.untyped",
                "{\"pad\":\"" + "x".repeat(size - overhead) + "\"}");
    }
}
