package dev.billhook.examples.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.WebhookSigner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Real HTTP round trips against the sample, signed with the SDK's signer. */
class SampleReceiverTest {
    private static final String TIMESTAMP = "2026-03-25T14:30:00.000Z";

    private final String secret = WebhookSigner.newSecret();
    private final HttpClient client = HttpClient.newHttpClient();
    private final BlockingQueue<ReceivedDelivery> deliveries = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private SampleReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver =
                SampleReceiver.bind(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        new PrintStream(printed, true, StandardCharsets.UTF_8));
        receiver.onDelivery(deliveries::add);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void urlPointsAtTheBoundPort() {
        assertThat(receiver.url())
                .isEqualTo("http://127.0.0.1:" + receiver.port() + "/webhooks/commet");
    }

    @Test
    void answers503UntilTheSecretIsInstalled() throws Exception {
        String body = body("whev_1", "subscription.activated", activated("cus_1"));
        assertThat(post(body, WebhookSigner.sign(utf8(body), secret)).statusCode()).isEqualTo(503);
        ReceivedDelivery delivery = next();
        assertThat(delivery.status()).isEqualTo(503);
        assertThat(delivery.verified()).isFalse();
        assertThat(delivery.eventType())
                .as("from the unsigned header")
                .isEqualTo("subscription.activated");
        assertThat(receiver.ledger().hasAccess("cus_1")).isFalse();
    }

    @Test
    void grantsAndRevokesAccessFromVerifiedDeliveries() throws Exception {
        receiver.install(secret);
        String activated = body("whev_a", "subscription.activated", activated("cus_1"));
        HttpResponse<String> response =
                post(activated, WebhookSigner.sign(utf8(activated), secret));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"received\":true}");

        ReceivedDelivery delivery = next();
        assertThat(delivery.verified()).isTrue();
        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.eventType()).isEqualTo("subscription.activated");
        assertThat(delivery.eventId()).isEqualTo("whev_a");
        assertThat(delivery.eventTimestamp()).isEqualTo(Instant.parse(TIMESTAMP));
        assertThat(delivery.latency())
                .isEqualTo(Duration.between(Instant.parse(TIMESTAMP), delivery.receivedAt()));
        assertThat(receiver.ledger().hasAccess("cus_1")).isTrue();

        String canceled =
                body(
                        "whev_c",
                        "subscription.canceled",
                        "{\"subscriptionId\":\"sub_1\","
                            + "\"customerId\":\"cus_1\",\"status\":\"canceled\",\"cancelReason\":\"refund\"}");
        assertThat(post(canceled, WebhookSigner.sign(utf8(canceled), secret)).statusCode())
                .isEqualTo(200);
        assertThat(next().eventType()).isEqualTo("subscription.canceled");
        assertThat(receiver.ledger().hasAccess("cus_1")).isFalse();

        // Canceled is terminal: a late or repeated activation must not bring access back.
        String late = body("whev_late", "subscription.activated", activated("cus_1"));
        post(late, WebhookSigner.sign(utf8(late), secret));
        next();
        assertThat(receiver.ledger().hasAccess("cus_1")).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("granted access to cus_1")
                .contains("revoked access for cus_1");
    }

    @Test
    void duplicateEventIdsAreAppliedOnce() throws Exception {
        receiver.install(secret);
        String body = body("whev_dup", "subscription.activated", activated("cus_2"));
        String signature = WebhookSigner.sign(utf8(body), secret);
        post(body, signature);
        post(body, signature);
        next();
        next();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ignored duplicate");
    }

    @Test
    void badSignatureIs403AndUnverified() throws Exception {
        receiver.install(secret);
        String body = body("whev_x", "subscription.activated", activated("cus_3"));
        String forged = WebhookSigner.sign(utf8(body), WebhookSigner.newSecret());
        assertThat(post(body, forged).statusCode()).isEqualTo(403);
        ReceivedDelivery delivery = next();
        assertThat(delivery.verified()).isFalse();
        assertThat(delivery.status()).isEqualTo(403);
        assertThat(receiver.ledger().hasAccess("cus_3")).isFalse();
    }

    @Test
    void signedButMalformedIs400AndVerified() throws Exception {
        receiver.install(secret);
        String body = "{\"not\":\"an envelope\"}";
        assertThat(post(body, WebhookSigner.sign(utf8(body), secret)).statusCode()).isEqualTo(400);
        ReceivedDelivery delivery = next();
        assertThat(delivery.verified()).isTrue();
        assertThat(delivery.status()).isEqualTo(400);
    }

    private ReceivedDelivery next() throws InterruptedException {
        // The listener runs after the response is written, so the client may see it first.
        ReceivedDelivery delivery = deliveries.poll(5, TimeUnit.SECONDS);
        assertThat(delivery).as("a delivery was reported").isNotNull();
        return delivery;
    }

    private HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(receiver.url()))
                        .header("Content-Type", "application/json")
                        .header("X-Commet-Signature", signature)
                        .header("X-Commet-Event", "subscription.activated")
                        .header("X-Commet-Timestamp", TIMESTAMP)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(utf8(body)))
                        .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String activated(String customer) {
        return "{\"subscriptionId\":\"sub_1\",\"customerId\":\""
                + customer
                + "\","
                + "\"status\":\"active\",\"name\":null,\"invoiceId\":\"inv_1\","
                + "\"invoiceNumber\":\"INV-1\",\"invoiceTotal\":4900,\"invoiceCurrency\":\"USD\","
                + "\"provider\":\"stripe\"}";
    }

    private static String body(String id, String type, String data) {
        return "{\"id\":\""
                + id
                + "\",\"event\":\""
                + type
                + "\",\"timestamp\":\""
                + TIMESTAMP
                + "\",\"organizationId\":\"org_1\",\"mode\":\"sandbox\",\"apiVersion\":\"2026-07-11\","
                + "\"data\":"
                + data
                + "}";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
