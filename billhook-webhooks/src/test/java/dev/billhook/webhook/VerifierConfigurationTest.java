package dev.billhook.webhook;

import static dev.billhook.webhook.Payloads.SECRET;
import static dev.billhook.webhook.Payloads.utf8;
import static dev.billhook.webhook.SignedHeaders.CLOCK;
import static dev.billhook.webhook.SignedHeaders.NOW;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billhook.webhook.WebhookVerificationException.Reason;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;

/** Building verifiers: validation, set-once options, and secrets that only key one scheme. */
class VerifierConfigurationTest {
    /** Starts like an issued secret, but the rest is not base64. */
    private static final String NOT_BASE64 = "whsec_not*base64!";

    private static final byte[] BODY = utf8(Payloads.subscriptionCreated());

    @Test
    void whsecSecretWithInvalidBase64StillWorksForTheCommetScheme() {
        WebhookVerifier verifier = WebhookVerifier.create(NOT_BASE64);
        assertThatCode(() -> verifier.verify(BODY, WebhookSigner.sign(BODY, NOT_BASE64)))
                .doesNotThrowAnyException();
    }

    @Test
    void whsecSecretWithInvalidBase64AndRequiredSignedTimestampFailsAtBuild() {
        WebhookVerifier.Builder builder =
                WebhookVerifier.builder()
                        .secret(SECRET)
                        .secret(NOT_BASE64)
                        .requireSignedTimestamp();
        assertThatIllegalArgumentException()
                .isThrownBy(builder::build)
                .withMessageContaining("secret #2")
                .withMessageContaining("Use the secret exactly as issued")
                .withMessageNotContaining("not*base64");
    }

    @Test
    void secretWithoutAStandardKeyNeverMatchesAWebhookSignature() {
        WebhookVerifier verifier =
                WebhookVerifier.builder().secret(NOT_BASE64).clock(CLOCK).build();
        // Signed with a real key but presented to a verifier that has none: never accepted.
        Map<String, String> headers = SignedHeaders.standard(BODY, NOW, SECRET);
        headers.put("X-Commet-Signature", WebhookSigner.sign(BODY, NOT_BASE64));
        assertThatThrownBy(() -> verifier.verify(BODY, HeaderLookup.of(headers)))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
                            assertThat(e).hasMessageContaining("no configured secret can check");
                        });
    }

    @Test
    void buildingWithoutASecretFails() {
        assertThatIllegalStateException()
                .isThrownBy(() -> WebhookVerifier.builder().build())
                .withMessageContaining("secret(");
    }

    @Test
    void sameSecretTwiceIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookVerifier.builder().secret(SECRET).secret(SECRET))
                .withMessageContaining("twice")
                .withMessageNotContaining(SECRET);
    }

    @Test
    void eachOptionIsSetOnce() {
        assertThatIllegalStateException()
                .isThrownBy(
                        () ->
                                WebhookVerifier.builder()
                                        .requireSignedTimestamp()
                                        .requireSignedTimestamp());
        assertThatIllegalStateException()
                .isThrownBy(() -> WebhookVerifier.builder().clock(CLOCK).clock(CLOCK));
        assertThatIllegalStateException()
                .isThrownBy(
                        () ->
                                WebhookVerifier.builder()
                                        .timestampTolerance(Duration.ofMinutes(1))
                                        .timestampTolerance(Duration.ofMinutes(2)));
        assertThatIllegalStateException()
                .isThrownBy(
                        () -> WebhookDispatcher.builder(SECRET).maxBodyBytes(10).maxBodyBytes(20));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1000, 1500})
    void toleranceMustBePositiveWholeSeconds(long millis) {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                WebhookVerifier.builder()
                                        .timestampTolerance(Duration.ofMillis(millis)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MAX_VALUE})
    void maxBodyBytesMustBePositiveAndBounded(int bytes) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookDispatcher.builder(SECRET).maxBodyBytes(bytes));
    }

    @Test
    void builderCanBeReusedWithoutChangingBuiltVerifiers() {
        String other = WebhookSigner.newSecret();
        WebhookVerifier.Builder builder = WebhookVerifier.builder().secret(SECRET);
        WebhookVerifier first = builder.build();
        builder.secret(other);
        assertThatThrownBy(() -> first.verify(BODY, WebhookSigner.sign(BODY, other)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatCode(() -> builder.build().verify(BODY, WebhookSigner.sign(BODY, other)))
                .doesNotThrowAnyException();
    }

    @Test
    void toStringShowsThePolicyButNoSecret() {
        String text =
                WebhookVerifier.builder()
                        .secret(SECRET)
                        .requireSignedTimestamp()
                        .build()
                        .toString();
        assertThat(text)
                .contains("secrets=1", "requireSignedTimestamp=true", "toleranceSeconds=300");
        assertThat(text).doesNotContain(SECRET.substring(6));
    }
}
