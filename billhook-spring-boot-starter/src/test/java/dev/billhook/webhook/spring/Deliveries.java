package dev.billhook.webhook.spring;

import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookSigner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
