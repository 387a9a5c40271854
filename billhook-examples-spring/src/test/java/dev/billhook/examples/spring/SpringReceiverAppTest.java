package dev.billhook.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookSigner;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The example application on embedded Tomcat, receiving real signed deliveries. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "billhook.webhooks.secret=" + SpringReceiverAppTest.SECRET)
class SpringReceiverAppTest {
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final HttpClient client = HttpClient.newHttpClient();
    @LocalServerPort int port;
    @Autowired SubscriptionAccess access;

    @Test
    void grantsThenRevokesAndIgnoresALateDuplicate() throws Exception {
        byte[] activated =
                body(
                        "whev_a",
                        "subscription.activated",
                        "{\"subscriptionId\":\"sub_1\",\"customerId\":\"cus_1\","
                                + "\"status\":\"active\",\"invoiceId\":\"inv_1\","
                                + "\"invoiceNumber\":\"INV-1\",\"invoiceTotal\":2900,"
                                + "\"invoiceCurrency\":\"USD\"}");
        assertThat(post(activated, WebhookSigner.sign(activated, SECRET)).statusCode())
                .isEqualTo(200);
        assertThat(access.hasAccess("cus_1")).isTrue();

        byte[] canceled =
                body(
                        "whev_c",
                        "subscription.canceled",
                        "{\"subscriptionId\":\"sub_1\",\"customerId\":\"cus_1\","
                                + "\"status\":\"canceled\",\"cancelReason\":\"refund\"}");
        assertThat(post(canceled, WebhookSigner.sign(canceled, SECRET)).statusCode())
                .isEqualTo(200);
        assertThat(access.hasAccess("cus_1")).isFalse();

        // The activation delivered again (a retry): answered 200, changes nothing.
        assertThat(post(activated, WebhookSigner.sign(activated, SECRET)).statusCode())
                .isEqualTo(200);
        assertThat(access.hasAccess("cus_1")).isFalse();
    }

    @Test
    void forgedDeliveriesAre403() throws Exception {
        byte[] body = body("whev_x", "subscription.activated", "{}");
        HttpResponse<String> response = post(body, WebhookSigner.sign(body, "whsec_other"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> post(byte[] body, String signature) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/commet"))
                        .header("Content-Type", "application/json")
                        .header(WebhookHeaders.SIGNATURE, signature)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
