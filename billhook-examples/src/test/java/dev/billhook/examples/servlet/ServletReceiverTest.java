package dev.billhook.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.WebhookHeaders;
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

/** The servlet example in its real Jetty, over real HTTP, signed with the SDK's signer. */
class ServletReceiverTest {
    private final String secret = WebhookSigner.newSecret();
    private final HttpClient client = HttpClient.newHttpClient();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private ServletReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver =
                ServletReceiver.start(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        secret,
                        new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
    }

    @Test
    void urlPointsAtTheBoundPort() {
        assertThat(receiver.url())
                .isEqualTo("http://127.0.0.1:" + receiver.port() + "/webhooks/commet");
    }

    @Test
    void grantsAndRevokesAccessFromVerifiedDeliveries() throws Exception {
        byte[] activated = activated("whev_a", "cus_1");
        HttpResponse<String> response = post(activated, WebhookSigner.sign(activated, secret));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"received\":true}");
        assertThat(receiver.ledger().hasAccess("cus_1")).isTrue();

        byte[] canceled =
                body(
                        "whev_c",
                        "subscription.canceled",
                        "{\"subscriptionId\":\"sub_1\",\"customerId\":\"cus_1\","
                                + "\"status\":\"canceled\",\"cancelReason\":\"refund\","
                                + "\"canceledAt\":\"2026-03-26T10:00:00.000Z\"}");
        HttpResponse<String> revoked = post(canceled, WebhookSigner.sign(canceled, secret));
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(receiver.ledger().hasAccess("cus_1")).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("granted access to cus_1", "revoked access for cus_1");
    }

    @Test
    void forgedDeliveriesAre403AndChangeNothing() throws Exception {
        byte[] activated = activated("whev_a", "cus_1");
        HttpResponse<String> response =
                post(activated, WebhookSigner.sign(activated, WebhookSigner.newSecret()));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(receiver.ledger().hasAccess("cus_1")).isFalse();
    }

    private HttpResponse<String> post(byte[] body, String signature) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(receiver.url()))
                        .header("Content-Type", "application/json")
                        .header(WebhookHeaders.SIGNATURE, signature)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] activated(String id, String customer) {
        return body(
                id,
                "subscription.activated",
                "{\"subscriptionId\":\"sub_1\",\"customerId\":\""
                        + customer
                        + "\",\"status\":\"active\",\"invoiceId\":\"inv_1\","
                        + "\"invoiceNumber\":\"INV-1\",\"invoiceTotal\":2900,"
                        + "\"invoiceCurrency\":\"USD\"}");
    }

    private static byte[] body(String id, String type, String data) {
        return ("{\"id\":\""
                        + id
                        + "\",\"event\":\""
                        + type
                        + "\",\"timestamp\":\"2026-03-25T14:30:00.000Z\","
                        + "\"organizationId\":\"org_42\",\"mode\":\"live\","
                        + "\"apiVersion\":\"2026-07-11\",\"data\":"
                        + data
                        + "}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
