package dev.billhook.webhook.servlet;

import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookSigner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Hand-written bodies (so the tests own every signed byte) and a real HTTP client. */
final class Deliveries {
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Deliveries() {}

    /** A compact envelope around {@code dataJson}, as UTF-8. */
    static byte[] envelope(String id, String type, String dataJson) {
        return ("{\"id\":\""
                        + id
                        + "\",\"event\":\""
                        + type
                        + "\",\"timestamp\":\"2026-03-25T14:30:00.000Z\","
                        + "\"organizationId\":\"org_42\","
                        + "\"mode\":\"live\",\"apiVersion\":\"2026-07-11\",\"data\":"
                        + dataJson
                        + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String sign(byte[] body) {
        return WebhookSigner.sign(body, SECRET);
    }

    /** POSTs {@code body} with a fixed length and the given content type and signature. */
    static HttpResponse<String> post(URI uri, byte[] body, String contentType, String signature)
            throws IOException, InterruptedException {
        return send(
                base(uri, contentType, signature)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
    }

    /** POSTs {@code body} chunked, with no {@code Content-Length}. */
    static HttpResponse<String> postChunked(URI uri, byte[] body, String signature)
            throws IOException, InterruptedException {
        return send(
                base(uri, "application/json", signature)
                        .POST(
                                HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(body)))
                        .build());
    }

    /** POSTs {@code body} as {@code application/json} with a {@code Content-Encoding}. */
    static HttpResponse<String> postEncoded(URI uri, byte[] body, String encoding, String signature)
            throws IOException, InterruptedException {
        return send(
                base(uri, "application/json", signature)
                        .header("Content-Encoding", encoding)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private static HttpRequest.Builder base(URI uri, String contentType, String signature) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).header("Content-Type", contentType);
        return signature == null ? builder : builder.header(WebhookHeaders.SIGNATURE, signature);
    }

    private static HttpResponse<String> send(HttpRequest request)
            throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
