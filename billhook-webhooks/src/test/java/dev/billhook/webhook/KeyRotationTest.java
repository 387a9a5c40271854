package dev.billhook.webhook;

import static dev.billhook.webhook.Payloads.utf8;
import static dev.billhook.webhook.SignedHeaders.CLOCK;
import static dev.billhook.webhook.SignedHeaders.NOW;
import static dev.billhook.webhook.SignedHeaders.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billhook.webhook.WebhookVerificationException.Reason;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** Several secrets at once: the rotation of an endpoint secret, in both schemes. */
class KeyRotationTest {
    private static final String OLD = WebhookSigner.newSecret();
    private static final String NEW = WebhookSigner.newSecret();
    private static final byte[] BODY = utf8(Payloads.subscriptionCreated());

    private static WebhookVerifier during() {
        return WebhookVerifier.builder().secret(NEW).secret(OLD).clock(CLOCK).build();
    }

    private static WebhookVerifier after() {
        return WebhookVerifier.builder().secret(NEW).clock(CLOCK).build();
    }

    @Test
    void duringRotationOldAndNewSecretsBothVerifyTheCommetScheme() {
        WebhookVerifier verifier = during();
        assertThatCode(() -> verifier.verify(BODY, WebhookSigner.sign(BODY, OLD)))
                .doesNotThrowAnyException();
        assertThatCode(() -> verifier.verify(BODY, WebhookSigner.sign(BODY, NEW)))
                .doesNotThrowAnyException();
    }

    @Test
    void duringRotationOldAndNewSecretsBothVerifyTheSignedTimestampScheme() {
        WebhookVerifier verifier = during();
        for (String secret : new String[] {OLD, NEW}) {
            assertThatCode(
                            () ->
                                    verifier.verify(
                                            BODY, HeaderLookup.of(standard(BODY, NOW, secret))))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void serverSigningWithOneEntryPerSecretVerifiesOnEitherSide() {
        Map<String, String> headers = standard(BODY, NOW, OLD);
        headers.put(
                "webhook-signature",
                headers.get("webhook-signature")
                        + " "
                        + WebhookSigner.signStandard("whev_1", NOW, BODY, NEW));
        assertThatCode(() -> after().verify(BODY, HeaderLookup.of(headers)))
                .doesNotThrowAnyException();
    }

    @Test
    void removedSecretIsRejectedInBothSchemes() {
        WebhookVerifier verifier = after();
        assertThatThrownBy(() -> verifier.verify(BODY, WebhookSigner.sign(BODY, OLD)))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
        assertThatThrownBy(() -> verifier.verify(BODY, HeaderLookup.of(standard(BODY, NOW, OLD))))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
    }

    @Test
    void dispatcherBuiltFromARotatingVerifierAcceptsBoth() {
        WebhookDispatcher dispatcher = WebhookDispatcher.builder(during()).build();
        for (String secret : new String[] {OLD, NEW}) {
            Map<String, String> headers =
                    Map.of("X-Commet-Signature", WebhookSigner.sign(BODY, secret));
            assertThat(dispatcher.handle(BODY, HeaderLookup.of(headers)))
                    .isEqualTo(WebhookResponse.RECEIVED);
        }
    }

    @Test
    void messagesSayHowManySecretsWereTriedButNeverWhich() {
        assertThatThrownBy(() -> during().verify(BODY, "0".repeat(64)))
                .hasMessageContaining("2 configured secret(s)")
                .hasMessageNotContaining(OLD.substring(6))
                .hasMessageNotContaining(NEW.substring(6));
    }
}
