package dev.billhook.webhook.jdk;

import static dev.billhook.webhook.Payloads.SECRET;
import static dev.billhook.webhook.Payloads.envelope;
import static dev.billhook.webhook.Payloads.signature;
import static dev.billhook.webhook.Payloads.utf8;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookSigner;
import dev.billhook.webhook.event.UnknownEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/** Real HTTP over loopback: the JDK server, the adapter, and a plain URLConnection client. */
class JdkWebhookHandlerTest {
    private final List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URL url;

    private record Reply(int status, String contentType, String body, String allow) {}

    @BeforeEach
    void start() throws IOException {
        WebhookDispatcher dispatcher =
                WebhookDispatcher.builder(SECRET)
                        .onEvent(events::add)
                        .on(
                                "test.fail",
                                e -> {
                                    throw new IllegalStateException("handler failed on purpose");
                                })
                        .onError((error, event) -> {})
                        .build();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/webhooks", new JdkWebhookHandler(dispatcher));
        server.start();
        url = new URL("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void utf8BodyWithoutCharsetInContentTypeVerifiesAndParses() throws IOException {
        String name = "Zoë 🎉 café";
        byte[] body =
                utf8(envelope("whev_utf8", "vendor.custom_event", "{\"name\":\"" + name + "\"}"));
        Reply reply = post(body, signature(body), false);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"received\":true}");
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(((UnknownEvent) events.get(0)).data()).containsEntry("name", name);
    }

    @Test
    void wrongSignatureIs403WithTheReferenceBody() throws IOException {
        byte[] body = utf8(envelope("whev_1", "vendor.custom_event", "{}"));
        Reply reply = post(body, signature(utf8("{}")), false);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).isEqualTo("{\"received\":false,\"error\":\"Invalid signature\"}");
        assertThat(events).isEmpty();
    }

    @Test
    void emptyBodyWithoutSignatureIs403() throws IOException {
        assertThat(post(new byte[0], (String) null, false).status()).isEqualTo(403);
    }

    @Test
    void throwingHandlerIs500() throws IOException {
        byte[] body = utf8(envelope("whev_f", "test.fail", "{}"));
        Reply reply = post(body, signature(body), false);
        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body()).isEqualTo("{\"received\":false,\"error\":\"Handler failed\"}");
    }

    @Test
    void onlyPostIsAllowed() throws IOException {
        HttpURLConnection get = (HttpURLConnection) url.openConnection();
        Reply reply = read(get);
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.allow()).isEqualTo("POST");
        assertThat(reply.contentType()).isEqualTo("application/json");
    }

    @Test
    void bodyOfExactlyTheLimitIsAccepted() throws IOException {
        byte[] body = paddedTo(WebhookDispatcher.DEFAULT_MAX_BODY_BYTES);
        assertThat(post(body, signature(body), false).status()).isEqualTo(200);
    }

    @Test
    void chunkedBodyOverTheLimitIs413EvenWithoutContentLength() throws IOException {
        byte[] body = paddedTo(WebhookDispatcher.DEFAULT_MAX_BODY_BYTES + 1);
        Reply reply = post(body, signature(body), true);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(events).isEmpty();
    }

    @Test
    void chunkedGzipBodyVerifiesOverTheDecodedJson() throws IOException {
        byte[] body = utf8(envelope("whev_gz", "vendor.custom_event", "{\"n\":1}"));
        Reply reply =
                post(
                        gzip(body),
                        Map.of(
                                WebhookHeaders.SIGNATURE,
                                signature(body),
                                "Content-Encoding",
                                "gzip"),
                        true);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(events).singleElement().extracting(WebhookEvent::id).isEqualTo("whev_gz");
    }

    @Test
    void brotliBodyIs415() throws IOException {
        byte[] body = utf8(envelope("whev_br", "vendor.custom_event", "{}"));
        Reply reply =
                post(
                        body,
                        Map.of(WebhookHeaders.SIGNATURE, signature(body), "Content-Encoding", "br"),
                        false);
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.body())
                .isEqualTo("{\"received\":false,\"error\":\"Unsupported content encoding\"}");
        assertThat(events).isEmpty();
    }

    @Test
    void signedTimestampHeadersAsTheServerSendsThemVerify() throws IOException {
        byte[] body = utf8(envelope("whev_std", "vendor.custom_event", "{}"));
        long now = Instant.now().getEpochSecond();
        Map<String, String> headers =
                Map.of(
                        WebhookHeaders.STANDARD_ID, "whev_std",
                        WebhookHeaders.STANDARD_TIMESTAMP, Long.toString(now),
                        WebhookHeaders.STANDARD_SIGNATURE,
                                WebhookSigner.signStandard("whev_std", now, body, SECRET));
        assertThat(post(body, headers, false).status()).isEqualTo(200);
        Map<String, String> stale = new HashMap<>(headers);
        stale.put(WebhookHeaders.STANDARD_TIMESTAMP, Long.toString(now - 3600));
        stale.put(
                WebhookHeaders.STANDARD_SIGNATURE,
                WebhookSigner.signStandard("whev_std", now - 3600, body, SECRET));
        assertThat(post(body, stale, false).status()).isEqualTo(403);
    }

    @Test
    void headerWithNonAsciiBytesIs403NotA500() throws IOException {
        byte[] body = utf8(envelope("whev_raw", "vendor.custom_event", "{}"));
        for (String header :
                new String[] {WebhookHeaders.SIGNATURE, WebhookHeaders.STANDARD_SIGNATURE}) {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(
                    ascii(
                            "POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: "
                                    + body.length
                                    + "\r\n"
                                    + (header.equals(WebhookHeaders.SIGNATURE)
                                            ? ""
                                            : "webhook-id: whev_raw\r\nwebhook-timestamp: 1\r\n")
                                    + header
                                    + ": "));
            // Raw bytes that are not ASCII, and not valid UTF-8 either, then 60 hex digits.
            request.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, (byte) 0x28});
            request.writeBytes(ascii("0".repeat(60) + "\r\n\r\n"));
            request.writeBytes(body);
            String response = rawExchange(request.toByteArray());
            assertThat(response).as(header).startsWith("HTTP/1.1 403");
            assertThat(response).endsWith("{\"received\":false,\"error\":\"Invalid signature\"}");
        }
        assertThat(events).isEmpty();
    }

    private String rawExchange(byte[] request) throws IOException {
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), server.getAddress().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** A valid, signable envelope of exactly {@code size} bytes. */
    private static byte[] paddedTo(int size) {
        String empty = envelope("whev_big", "note.big", "{\"pad\":\"\"}");
        String padded =
                empty.replace(
                        "\"pad\":\"\"",
                        "\"pad\":\"" + "x".repeat(size - utf8(empty).length) + "\"");
        byte[] body = utf8(padded);
        assertThat(body).hasSize(size);
        return body;
    }

    private Reply post(byte[] body, String signature, boolean chunked) throws IOException {
        return post(
                body,
                signature == null ? Map.of() : Map.of(WebhookHeaders.SIGNATURE, signature),
                chunked);
    }

    private Reply post(byte[] body, Map<String, String> headers, boolean chunked)
            throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        // Streaming modes also stop HttpURLConnection from silently retrying the POST.
        if (chunked) {
            c.setChunkedStreamingMode(16 * 1024);
        } else {
            c.setFixedLengthStreamingMode(body.length);
        }
        c.setRequestProperty("Content-Type", "application/json");
        headers.forEach(c::setRequestProperty);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        return read(c);
    }

    private static Reply read(HttpURLConnection c) throws IOException {
        int status = c.getResponseCode();
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Reply(status, c.getContentType(), text, c.getHeaderField("Allow"));
    }
}
