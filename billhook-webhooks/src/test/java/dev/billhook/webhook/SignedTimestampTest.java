package dev.billhook.webhook;

import static dev.billhook.webhook.Payloads.SECRET;
import static dev.billhook.webhook.Payloads.utf8;
import static dev.billhook.webhook.SignedHeaders.CLOCK;
import static dev.billhook.webhook.SignedHeaders.NOW;
import static dev.billhook.webhook.SignedHeaders.both;
import static dev.billhook.webhook.SignedHeaders.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billhook.webhook.WebhookVerificationException.Reason;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks scheme: {@code webhook-id}, {@code webhook-timestamp}, {@code
 * webhook-signature}.
 */
class SignedTimestampTest {
    private static final byte[] BODY = utf8(Payloads.subscriptionCreated());
    private final WebhookVerifier verifier = SignedHeaders.verifier();

    @Test
    void knownAnswerFromTheStandardWebhooksSpecificationVerifies() {
        Clock then = Clock.fixed(Instant.ofEpochSecond(1614265330L), ZoneOffset.UTC);
        WebhookVerifier v = WebhookVerifier.builder().secret(SECRET).clock(then).build();
        Map<String, String> headers =
                Map.of(
                        "webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        "webhook-timestamp", "1614265330",
                        "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThatCode(() -> v.verify(utf8("{\"test\": 2432232314}"), HeaderLookup.of(headers)))
                .doesNotThrowAnyException();
    }

    @Test
    void serverStyleDeliveryWithBothSchemesVerifies() {
        assertThatCode(() -> verifier.verify(BODY, HeaderLookup.of(both(BODY))))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyTheLastOfSeveralEntriesIsGood() {
        Map<String, String> headers = standard(BODY, NOW, SECRET);
        String good = headers.get("webhook-signature");
        String wrong = WebhookSigner.signStandard("whev_1", NOW, BODY, WebhookSigner.newSecret());
        headers.put("webhook-signature", "v2,abc " + wrong + "  v1a,xyz " + good);
        assertThatCode(() -> verifier.verify(BODY, HeaderLookup.of(headers)))
                .doesNotThrowAnyException();
    }

    @Test
    void entriesOfUnknownVersionsAreIgnoredEvenWithTheRightMac() {
        Map<String, String> headers = standard(BODY, NOW, SECRET);
        String mac = headers.get("webhook-signature").substring(3);
        headers.put("webhook-signature", "v2," + mac + " v1a," + mac);
        assertReason(headers, Reason.MALFORMED_SIGNATURE);
    }

    @Test
    void emptyV1EntryNeverMatches() {
        Map<String, String> headers = standard(BODY, NOW, SECRET);
        headers.put("webhook-signature", "v1,");
        assertReason(headers, Reason.MALFORMED_SIGNATURE);
        // ...and does not stop a good entry after it from verifying.
        headers.put(
                "webhook-signature", "v1, " + standard(BODY, NOW, SECRET).get("webhook-signature"));
        assertThatCode(() -> verifier.verify(BODY, HeaderLookup.of(headers)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "v1,not base64!",
                "v1,%%%%",
                "v1,AAAA",
                "v1",
                ",",
                "v1,,",
                "junk",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=junk",
                "v1,\u00ff\u00fe"
            })
    void junkEntriesAreMalformedNeverAnotherException(String header) {
        Map<String, String> headers = standard(BODY, NOW, SECRET);
        headers.put("webhook-signature", header);
        assertReason(headers, Reason.MALFORMED_SIGNATURE);
    }

    @Test
    void wellFormedButWrongEntryIsNoMatch() {
        Map<String, String> headers = standard(BODY, NOW, WebhookSigner.newSecret());
        assertReason(headers, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void signedHeadersAreCoveredByTheSignature() {
        Map<String, String> otherId = standard(BODY, NOW, SECRET);
        otherId.put("webhook-id", "whev_2");
        assertReason(otherId, Reason.NO_MATCHING_SIGNATURE);
        Map<String, String> otherTime = standard(BODY, NOW, SECRET);
        otherTime.put("webhook-timestamp", Long.toString(NOW + 1));
        assertReason(otherTime, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void badStandardSignatureFailsEvenWhenTheCommetOneIsRight() {
        Map<String, String> headers = both(BODY);
        headers.put("webhook-timestamp", Long.toString(NOW + 60)); // a "refreshed" replay
        assertReason(headers, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void withoutStandardHeadersTheCommetSignatureIsUsed() {
        Map<String, String> headers =
                Map.of("X-Commet-Signature", WebhookSigner.sign(BODY, SECRET));
        assertThatCode(() -> verifier.verify(BODY, HeaderLookup.of(headers)))
                .doesNotThrowAnyException();
    }

    @Test
    void someButNotAllStandardHeadersIsIncomplete() {
        Map<String, String> headers = both(BODY);
        headers.remove("webhook-timestamp");
        assertThatThrownBy(() -> verifier.verify(BODY, HeaderLookup.of(headers)))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE_SIGNATURE);
                            assertThat(e).hasMessageContaining("webhook-timestamp is missing");
                        });
    }

    @Test
    void requiredSignedTimestampRejectsACommetOnlyDelivery() {
        WebhookVerifier strict =
                WebhookVerifier.builder()
                        .secret(SECRET)
                        .clock(CLOCK)
                        .requireSignedTimestamp()
                        .build();
        Map<String, String> commetOnly =
                Map.of("X-Commet-Signature", WebhookSigner.sign(BODY, SECRET));
        assertThatThrownBy(() -> strict.verify(BODY, HeaderLookup.of(commetOnly)))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_SIGNATURE));
        assertThatThrownBy(() -> strict.verify(BODY, WebhookSigner.sign(BODY, SECRET)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatCode(() -> strict.verify(BODY, HeaderLookup.of(both(BODY))))
                .doesNotThrowAnyException();
    }

    @Test
    void timestampInMillisecondsIsRejectedAsFarInTheFuture() {
        long millis = NOW * 1000;
        Map<String, String> headers = standard(BODY, millis, SECRET);
        assertThatThrownBy(() -> verifier.verify(BODY, HeaderLookup.of(headers)))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_IN_FUTURE);
                            assertThat(e).hasMessageContaining("milliseconds");
                        });
    }

    @Test
    void staleTimestampIsTooOldJustPastTheTolerance() {
        long fiveMinutes = 300;
        assertThatCode(() -> verifier.verify(BODY, headersAt(NOW - fiveMinutes)))
                .doesNotThrowAnyException();
        assertReason(standard(BODY, NOW - fiveMinutes - 1, SECRET), Reason.TIMESTAMP_TOO_OLD);
        assertReason(standard(BODY, 0, SECRET), Reason.TIMESTAMP_TOO_OLD);
    }

    @Test
    void futureTimestampIsRejectedJustPastTheTolerance() {
        assertThatCode(() -> verifier.verify(BODY, headersAt(NOW + 300)))
                .doesNotThrowAnyException();
        assertReason(standard(BODY, NOW + 301, SECRET), Reason.TIMESTAMP_IN_FUTURE);
    }

    @Test
    void toleranceIsConfigurable() {
        WebhookVerifier tight =
                WebhookVerifier.builder()
                        .secret(SECRET)
                        .clock(CLOCK)
                        .timestampTolerance(Duration.ofSeconds(10))
                        .build();
        assertThatCode(() -> tight.verify(BODY, headersAt(NOW - 10))).doesNotThrowAnyException();
        assertThatThrownBy(() -> tight.verify(BODY, headersAt(NOW - 11)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void forgedSignatureWithStaleTimestampReadsAsASignatureFailure() {
        assertReason(
                standard(BODY, NOW - 3600, WebhookSigner.newSecret()),
                Reason.NO_MATCHING_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"abc", "-1", "+1774449000", " 1774449000", "1774449000.5", "1e9", "١٢٣"})
    void nonNumericTimestampIsMalformed(String timestamp) {
        Map<String, String> headers = standard(BODY, NOW, SECRET);
        headers.put("webhook-timestamp", timestamp);
        assertReason(headers, Reason.MALFORMED_TIMESTAMP);
    }

    @Test
    void absurdlyLongNumericTimestampIsInTheFutureNotAnOverflow() {
        Map<String, String> headers = standard(BODY, NOW, SECRET);
        String huge = "9".repeat(40);
        headers.put("webhook-timestamp", huge);
        headers.put("webhook-signature", signStandardRaw("whev_1", huge, BODY));
        assertReason(headers, Reason.TIMESTAMP_IN_FUTURE);
    }

    @Test
    void nonAsciiHeaderValuesAreRejectedNeverThrownOtherwise() {
        Map<String, String> headers = standard(BODY, NOW, SECRET);
        headers.put("webhook-id", "whev_\u00e9\u00ff");
        assertReason(headers, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void messagesNeverContainTheSecretOrHeaderValues() {
        Map<String, String> headers = standard(BODY, NOW, SECRET);
        headers.put("webhook-signature", "v1," + SECRET.substring(6));
        assertThatThrownBy(() -> verifier.verify(BODY, HeaderLookup.of(headers)))
                .hasMessageNotContaining(SECRET.substring(6));
        assertThat(verifier.toString()).doesNotContain(SECRET.substring(6));
    }

    private HeaderLookup headersAt(long timestamp) {
        return HeaderLookup.of(standard(BODY, timestamp, SECRET));
    }

    /** signStandard takes a long; this signs an arbitrary timestamp string. */
    private static String signStandardRaw(String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] key = Base64.getDecoder().decode(SECRET.substring(6));
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(utf8(id + "." + timestamp + "."));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private void assertReason(Map<String, String> headers, Reason reason) {
        assertThatThrownBy(() -> verifier.verify(BODY, HeaderLookup.of(headers)))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
