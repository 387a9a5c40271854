package dev.billhook.webhook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.WebhookSigner;
import dev.billhook.webhook.event.SubscriptionCanceledEvent;
import dev.billhook.webhook.jdk.JdkWebhookHandler;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Deliveries over real loopback HTTP to the JDK server and the SDK's adapter. */
class HttpPostTest {
    private static final String SECRET = WebhookSigner.newSecret();

    private final List<SubscriptionCanceledEvent> canceled = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI url;

    @BeforeEach
    void start() throws IOException {
        WebhookDispatcher dispatcher =
                WebhookDispatcher.builder(SECRET).onSubscriptionCanceled(canceled::add).build();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/webhooks/commet", new JdkWebhookHandler(dispatcher));
        server.start();
        url =
                URI.create(
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/commet");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aSignedDeliveryIsReceivedAndHandledTyped() {
        HttpReply reply =
                TestEvents.of(SubscriptionCanceledEvent.class)
                        .with("cancelReason", "dunning_exhausted")
                        .sign(SECRET)
                        .postTo(url);

        assertThat(reply).isEqualTo(new HttpReply(200, WebhookResponse.RECEIVED.body()));
        assertThat(reply.delivered()).isTrue();
        assertThat(canceled).singleElement()
                .satisfies(e -> assertThat(e.data().cancelReason()).isEqualTo("dunning_exhausted"));
    }

    @Test
    void aWrongSecretIs403AndNothingIsHandled() {
        HttpReply reply =
                TestEvents.of(SubscriptionCanceledEvent.class)
                        .sign(WebhookSigner.newSecret())
                        .postTo(url);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.delivered()).isFalse();
        assertThat(canceled).isEmpty();
    }
}
