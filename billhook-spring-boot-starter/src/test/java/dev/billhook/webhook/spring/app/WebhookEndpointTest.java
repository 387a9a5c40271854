package dev.billhook.webhook.spring.app;

import static dev.billhook.webhook.spring.Deliveries.activated;
import static dev.billhook.webhook.spring.Deliveries.envelope;
import static dev.billhook.webhook.spring.Deliveries.paymentReceived;
import static dev.billhook.webhook.spring.Deliveries.post;
import static dev.billhook.webhook.spring.Deliveries.sign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.spring.Deliveries;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The starter in a real application on embedded Tomcat, driven over real HTTP. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "billhook.webhooks.secret=" + Deliveries.SECRET,
            "billhook.webhooks.max-body-size=4KB"
        })
class WebhookEndpointTest {
    @LocalServerPort int port;
    @Autowired Recorder recorder;

    @BeforeEach
    void clear() {
        recorder.clear();
    }

    @Test
    void annotatedMethodHandlesItsTypedEventThenTheCatchAllRuns() throws Exception {
        byte[] body = activated("whev_a", "cus_1");
        HttpResponse<String> response = post(webhooks(), body, sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"received\":true}");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(recorder.seen()).containsExactly("method:activated:cus_1", "bean:all:whev_a");
    }

    @Test
    void eventHandlerBeansRunInOrderWithTheirTypeFromTheBeanMethod() throws Exception {
        byte[] body = paymentReceived("whev_p", "cus_2");
        assertThat(post(webhooks(), body, sign(body)).statusCode()).isEqualTo(200);
        assertThat(recorder.seen())
                .containsExactly("bean:payment-1:cus_2", "bean:payment-2:cus_2", "bean:all:whev_p");
    }

    @Test
    void untypedEventsReachMethodsThatNameThem() throws Exception {
        byte[] body = envelope("whev_u", "billhook.test.untyped", "{\"name\":\"Zoë 🎉\"}");
        assertThat(post(webhooks(), body, sign(body)).statusCode()).isEqualTo(200);
        assertThat(recorder.seen()).containsExactly("method:untyped:Zoë 🎉", "bean:all:whev_u");
    }

    @Test
    void configurerRegistrationsRunToo() throws Exception {
        byte[] body =
                envelope(
                        "whev_i",
                        "invoice.created",
                        "{\"invoiceId\":\"inv_1\",\"invoiceNumber\":\"INV-1\","
                                + "\"invoiceStatus\":\"open\",\"periodStart\":\"2026-03-25\","
                                + "\"periodEnd\":\"2026-04-25\",\"issueDate\":\"2026-03-25\","
                                + "\"dueDate\":\"2026-04-01\",\"currency\":\"USD\","
                                + "\"subtotal\":2900,\"total\":2900,\"customerId\":\"cus_3\"}");
        HttpResponse<String> response = post(webhooks(), body, sign(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(recorder.seen()).containsExactly("configurer:invoice:cus_3", "bean:all:whev_i");
    }

    @Test
    void throwingMethodIs500AndTheErrorHandlerBeanHearsOfIt() throws Exception {
        byte[] body = envelope("whev_f", "billhook.test.fail-too", "{}");
        HttpResponse<String> response = post(webhooks(), body, sign(body));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"received\":false,\"error\":\"Handler failed\"}");
        assertThat(recorder.seen()).containsExactly("error:billhook.test.fail-too");
    }

    @Test
    void wrongSignatureIs403AndNoHandlerRuns() throws Exception {
        byte[] body = activated("whev_a", "cus_1");
        HttpResponse<String> response = post(webhooks(), body, sign("{}".getBytes()));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .isEqualTo("{\"received\":false,\"error\":\"Invalid signature\"}");
        assertThat(recorder.seen()).containsExactly("error:rejected");
    }

    @Test
    void signedBodyThatIsNoEnvelopeIs400() throws Exception {
        byte[] body = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
        assertThat(post(webhooks(), body, sign(body)).statusCode()).isEqualTo(400);
    }

    @Test
    void bodyOverMaxBodySizeIs413() throws Exception {
        byte[] body =
                envelope(
                        "whev_big",
                        "billhook.test.untyped",
                        "{\"name\":\"" + "x".repeat(5000) + "\"}");
        assertThat(post(webhooks(), body, sign(body)).statusCode()).isEqualTo(413);
        assertThat(recorder.seen())
                .as("rejected before any handler")
                .containsExactly("error:rejected");
    }

    @Test
    void gzippedDeliveryIsVerifiedOverTheDecodedJson() throws Exception {
        byte[] body = activated("whev_z", "cus_z");
        HttpResponse<String> response =
                Deliveries.postGzipped(webhooks(), Deliveries.gzip(body), sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.seen()).containsExactly("method:activated:cus_z", "bean:all:whev_z");
    }

    @Test
    void getIs405() throws Exception {
        assertThat(Deliveries.get(webhooks()).statusCode()).isEqualTo(405);
    }

    @Test
    void theApplicationsOwnEndpointsAreUntouched() throws Exception {
        assertThat(Deliveries.get(uri("/hello")).body()).isEqualTo("hello");
        byte[] body = activated("whev_a", "cus_1");
        HttpResponse<String> echoed = post(uri("/echo"), body, sign(body));
        assertThat(echoed.statusCode()).isEqualTo(200);
        assertThat(echoed.body()).isEqualTo(new String(body, StandardCharsets.UTF_8));
        assertThat(recorder.seen()).isEmpty();
    }

    private URI webhooks() {
        return uri("/webhooks/commet");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
