package dev.billhook.webhook.spring;

import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookSigner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Hand-written bodies (so the tests own every signed byte) and a real HTTP client. */
public final class Deliveries {
    public static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Deliveries() {}

    /** A compact envelope around {@code dataJson}, as UTF-8. */
    public static byte[] envelope(String id, String type, String dataJson) {
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

    /** A valid {@code subscription.activated} body for {@code customerId}. */
    public static byte[] activated(String id, String customerId) {
        return envelope(
                id,
                "subscription.activated",
                "{\"subscriptionId\":\"sub_1\",\"customerId\":\""
                        + customerId
                        + "\",\"status\":\"active\",\"invoiceId\":\"inv_1\","
                        + "\"invoiceNumber\":\"INV-1\",\"invoiceTotal\":2900,"
                        + "\"invoiceCurrency\":\"USD\"}");
    }

    /** A valid {@code payment.received} body for {@code customerId}. */
    public static byte[] paymentReceived(String id, String customerId) {
        return envelope(
                id,
                "payment.received",
                "{\"invoiceId\":\"inv_1\",\"invoiceNumber\":\"INV-1\",\"invoiceTotal\":2900,"
                        + "\"customerId\":\""
                        + customerId
                        + "\",\"currency\":\"USD\"}");
    }

    /**
     * Standard Webhooks headers signing {@code body} at {@code epochSeconds} with {@code secret}.
     */
    public static Map<String, String> signedTimestamp(
            String id, long epochSeconds, byte[] body, String secret) {
        return Map.of(
                WebhookHeaders.STANDARD_ID,
                id,
                WebhookHeaders.STANDARD_TIMESTAMP,
                Long.toString(epochSeconds),
                WebhookHeaders.STANDARD_SIGNATURE,
                WebhookSigner.signStandard(id, epochSeconds, body, secret));
    }

    /** {@code bytes} gzipped. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** POSTs {@code body} with {@code Content-Encoding: gzip}. */
    public static HttpResponse<String> postGzipped(URI uri, byte[] gzipped, String signature)
            throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .header("Content-Encoding", "gzip")
                        .header(WebhookHeaders.SIGNATURE, signature)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped))
                        .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static String sign(byte[] body) {
        return WebhookSigner.sign(body, SECRET);
    }

    /** POSTs {@code body} as {@code application/json} with {@code signature} (null: none). */
    public static HttpResponse<String> post(URI uri, byte[] body, String signature)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(WebhookHeaders.SIGNATURE, signature);
        }
        return CLIENT.send(
                request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
