package dev.billhook.webhook.servlet;

import static dev.billhook.webhook.servlet.Deliveries.envelope;
import static dev.billhook.webhook.servlet.Deliveries.post;
import static dev.billhook.webhook.servlet.Deliveries.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/**
 * {@link WebhookFilter} in front of an application servlet that owns {@code /}, which is what a
 * framework's front servlet looks like to the container.
 */
class WebhookFilterTest {
    private JettyFixture jetty;

    /** Stands in for the application: says who answered and how much body it could still read. */
    static final class ApplicationServlet extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            int unread = request.getInputStream().readAllBytes().length;
            response.setContentType("text/plain");
            response.getWriter()
                    .print(
                            "application "
                                    + request.getMethod()
                                    + " "
                                    + request.getRequestURI()
                                    + " read "
                                    + unread);
        }
    }

    @BeforeEach
    void start() throws Exception {
        jetty =
                new JettyFixture(
                        (context, dispatcher) -> {
                            context.addFilter(
                                    new FilterHolder(
                                            new WebhookFilter(dispatcher, "/webhooks/commet")),
                                    "/*",
                                    EnumSet.of(DispatcherType.REQUEST));
                            context.addServlet(new ServletHolder(new ApplicationServlet()), "/");
                        });
    }

    @AfterEach
    void stop() throws Exception {
        jetty.close();
    }

    @Test
    void answersSignedPostsToItsPath() throws Exception {
        byte[] body = envelope("whev_1", "billhook.test.untyped", "{}");
        HttpResponse<String> response =
                post(jetty.uri("/webhooks/commet"), body, "application/json", sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"received\":true}");
        assertThat(jetty.events).hasSize(1);
    }

    @Test
    void answersBadSignaturesOnItsPathWithoutReachingTheApplication() throws Exception {
        byte[] body = envelope("whev_1", "billhook.test.untyped", "{}");
        HttpResponse<String> response =
                post(jetty.uri("/webhooks/commet"), body, "application/json", "0".repeat(64));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void passesPostsToOtherPathsDownTheChainWithTheBodyUnread() throws Exception {
        byte[] body = "{\"order\":1}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response =
                post(jetty.uri("/orders"), body, "application/json", sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("application POST /orders read " + body.length);
        assertThat(jetty.events).isEmpty();
    }

    @Test
    void passesOtherMethodsOnItsPathDownTheChain() throws Exception {
        HttpResponse<String> response = Deliveries.get(jetty.uri("/webhooks/commet"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("application GET /webhooks/commet read 0");
    }

    @Test
    void matchesThePathExactly() throws Exception {
        byte[] body = envelope("whev_1", "billhook.test.untyped", "{}");
        HttpResponse<String> response =
                post(jetty.uri("/webhooks/commet/extra"), body, "application/json", sign(body));
        assertThat(response.body()).startsWith("application POST /webhooks/commet/extra");
    }

    @Test
    void enforcesTheBodyLimitOnItsPath() throws Exception {
        byte[] body =
                envelope(
                        "whev_1",
                        "billhook.test.untyped",
                        "{\"pad\":\"" + "x".repeat(5000) + "\"}");
        HttpResponse<String> response =
                post(jetty.uri("/webhooks/commet"), body, "application/json", sign(body));
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void refusesARelativePath() {
        assertThatThrownBy(() -> new WebhookFilter(jetty.dispatcher, "webhooks"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with '/'");
    }
}
