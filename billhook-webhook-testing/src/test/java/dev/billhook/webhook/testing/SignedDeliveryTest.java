package dev.billhook.webhook.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.WebhookSigner;
import dev.billhook.webhook.event.PaymentFailedEvent;
import dev.billhook.webhook.testing.SignedDelivery.Scheme;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** Both signing schemes, the headers Commet sends, and tampering, against a real dispatcher. */
class SignedDeliveryTest {
    private static final String SECRET = WebhookSigner.newSecret();
    private static final Instant AT = Instant.parse("2026-03-25T14:30:00Z");

    private final TestEvent<PaymentFailedEvent> event =
            TestEvents.of(PaymentFailedEvent.class).id("whev_pf_1").timestamp(AT);

    @Test
    void carriesTheCommetHeadersAndBothSignatures() {
        SignedDelivery d = event.sign(SECRET, AT, EnumSet.allOf(Scheme.class));
        byte[] body = event.body();
        assertThat(d.body()).isEqualTo(body);
        assertThat(d.header("content-type")).isEqualTo("application/json");
        assertThat(d.header(WebhookHeaders.EVENT)).isEqualTo("payment.failed");
        assertThat(d.header(WebhookHeaders.EVENT_ID)).isEqualTo("whev_pf_1");
        assertThat(d.header(WebhookHeaders.TIMESTAMP)).isEqualTo("2026-03-25T14:30:00.000Z");
        assertThat(d.header(WebhookHeaders.SIGNATURE)).isEqualTo(WebhookSigner.sign(body, SECRET));
        assertThat(d.header(WebhookHeaders.STANDARD_ID)).isEqualTo("whev_pf_1");
        assertThat(d.header(WebhookHeaders.STANDARD_TIMESTAMP)).isEqualTo("1774449000");
        assertThat(d.header(WebhookHeaders.STANDARD_SIGNATURE))
                .isEqualTo(WebhookSigner.signStandard("whev_pf_1", 1774449000L, body, SECRET));
    }

    @Test
    void oneSchemeOnly() {
        SignedDelivery commet = event.sign(SECRET, AT, List.of(Scheme.COMMET));
        assertThat(commet.header(WebhookHeaders.STANDARD_SIGNATURE)).isNull();
        SignedDelivery standard = event.sign(SECRET, AT, List.of(Scheme.STANDARD));
        assertThat(standard.header(WebhookHeaders.SIGNATURE)).isNull();
        assertThatThrownBy(() -> event.sign(SECRET, AT, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event.sign("not-a-whsec-secret", AT, List.of(Scheme.STANDARD)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRealDispatcherAcceptsItAndRejectsTamperedCopies() {
        WebhookDispatcher dispatcher = WebhookDispatcher.builder(SECRET).build();
        SignedDelivery d = event.sign(SECRET);
        assertThat(d.postTo(dispatcher)).isEqualTo(WebhookResponse.RECEIVED);

        byte[] other = d.bodyText().replace("inv_test", "inv_evil").getBytes(StandardCharsets.UTF_8);
        assertThat(d.withBody(other).postTo(dispatcher).status()).isEqualTo(403);
        assertThat(event.sign(WebhookSigner.newSecret()).postTo(dispatcher).status()).isEqualTo(403);
    }

    @Test
    void isImmutableAndComparesByContent() {
        SignedDelivery d = event.sign(SECRET, AT, List.of(Scheme.COMMET));
        d.body()[0] = 'X';
        assertThat(d.bodyText()).startsWith("{");
        assertThatThrownBy(() -> d.headers().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(d).isEqualTo(event.sign(SECRET, AT, List.of(Scheme.COMMET)));
        assertThat(d.withHeader(WebhookHeaders.SIGNATURE, null).header(WebhookHeaders.SIGNATURE))
                .isNull();
        assertThat(d.toString()).doesNotContain("inv_test");
    }
}
