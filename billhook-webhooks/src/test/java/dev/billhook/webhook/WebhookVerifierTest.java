package dev.billhook.webhook;

import static dev.billhook.webhook.Payloads.SECRET;
import static dev.billhook.webhook.Payloads.signature;
import static dev.billhook.webhook.Payloads.utf8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.billhook.webhook.WebhookVerificationException.Reason;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class WebhookVerifierTest {
    private final WebhookVerifier verifier = WebhookVerifier.create(SECRET);

    @Test
    void verifiesTheExactBytesOfABodyWithEscapesAndIrregularWhitespace() throws Exception {
        byte[] body = utf8("{ \"id\" :\"whev_1\",\t\"note\": \"I \\u2665 billing\" ,\"n\":1.50 }");
        assertThatCode(() -> verifier.verify(body, signature(body))).doesNotThrowAnyException();

        // The same JSON value, re-serialized, is different bytes and must not verify.
        ObjectMapper mapper = new ObjectMapper();
        byte[] reserialized = mapper.writeValueAsBytes(mapper.readTree(body));
        assertThat(mapper.readTree(reserialized)).isEqualTo(mapper.readTree(body));
        assertThatThrownBy(() -> verifier.verify(reserialized, signature(body)))
                .isInstanceOf(WebhookVerificationException.class)
                .extracting(e -> ((WebhookVerificationException) e).reason())
                .isEqualTo(Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void verifiesAPrettyPrintedBodyWithNewlines() {
        byte[] body = utf8("{\n  \"id\": \"whev_1\",\r\n  \"event\": \"payment.received\"\n}\n");
        assertThatCode(() -> verifier.verify(body, signature(body))).doesNotThrowAnyException();
    }

    @Test
    void acceptsUppercaseHex() {
        byte[] body = utf8(Payloads.subscriptionCreated());
        String upper = signature(body).toUpperCase(Locale.ROOT);
        assertThatCode(() -> verifier.verify(body, upper)).doesNotThrowAnyException();
    }

    @Test
    void verifiesA150KilobytePayload() {
        String padding = "x".repeat(150 * 1024);
        byte[] body =
                utf8(Payloads.envelope("whev_big", "note.big", "{\"pad\":\"" + padding + "\"}"));
        assertThat(body.length).isGreaterThan(150 * 1024);
        assertThatCode(() -> verifier.verify(body, signature(body))).doesNotThrowAnyException();
    }

    @Test
    void acceptsLowercaseHexAsSent() {
        byte[] body = utf8(Payloads.subscriptionCreated());
        String lower = signature(body);
        assertThat(lower).isEqualTo(lower.toLowerCase(Locale.ROOT));
        assertThatCode(() -> verifier.verify(body, lower)).doesNotThrowAnyException();
    }

    @Test
    void validHexPrefixFollowedByJunkIsMalformed() {
        byte[] body = utf8(Payloads.subscriptionCreated());
        assertReason(body, signature(body) + "junk", Reason.MALFORMED_SIGNATURE);
        assertReason(body, signature(body) + "\u00ff", Reason.MALFORMED_SIGNATURE);
        assertReason(body, signature(body) + "," + signature(body), Reason.MALFORMED_SIGNATURE);
    }

    @Test
    void lfAndCrlfBodiesVerifyOnlyAsReceived() {
        byte[] lf = utf8("{\n  \"id\": \"whev_1\"\n}");
        byte[] crlf = utf8("{\r\n  \"id\": \"whev_1\"\r\n}");
        assertThatCode(() -> verifier.verify(lf, signature(lf))).doesNotThrowAnyException();
        assertThatCode(() -> verifier.verify(crlf, signature(crlf))).doesNotThrowAnyException();
        assertReason(crlf, signature(lf), Reason.NO_MATCHING_SIGNATURE);
        assertReason(lf, signature(crlf), Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void trailingNewlineIsPartOfTheBody() {
        byte[] body = utf8(Payloads.subscriptionCreated());
        byte[] withNewline = utf8(Payloads.subscriptionCreated() + "\n");
        assertReason(withNewline, signature(body), Reason.NO_MATCHING_SIGNATURE);
        assertReason(body, signature(withNewline), Reason.NO_MATCHING_SIGNATURE);
        assertThatCode(() -> verifier.verify(withNewline, signature(withNewline)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingOrEmptyHeaderIsMissingSignature(String header) {
        assertReason(utf8("{}"), header, Reason.MISSING_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(ints = {63, 65})
    void wrongLengthIsMalformed(int length) {
        byte[] body = utf8("{}");
        String good = signature(body);
        String header = length < 64 ? good.substring(0, length) : good + "0";
        assertReason(body, header, Reason.MALFORMED_SIGNATURE);
    }

    @Test
    void nonHexIsMalformed() {
        byte[] body = utf8("{}");
        assertReason(body, "g" + signature(body).substring(1), Reason.MALFORMED_SIGNATURE);
        // Fullwidth digits pass Character.digit but are not hex on the wire.
        assertReason(body, "\uff11" + signature(body).substring(1), Reason.MALFORMED_SIGNATURE);
    }

    @Test
    void prefixedOrPaddedSignatureIsMalformed() {
        byte[] body = utf8("{}");
        assertReason(body, "sha256=" + signature(body), Reason.MALFORMED_SIGNATURE);
        assertReason(body, " " + signature(body), Reason.MALFORMED_SIGNATURE);
    }

    @Test
    void signatureFromAnotherSecretDoesNotMatch() {
        byte[] body = utf8("{}");
        String other = WebhookSigner.sign(body, WebhookSigner.newSecret());
        assertReason(body, other, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void emptyBodyVerifiesOnlyWithItsOwnSignature() {
        byte[] empty = new byte[0];
        assertThatCode(() -> verifier.verify(empty, signature(empty))).doesNotThrowAnyException();
        assertReason(empty, null, Reason.MISSING_SIGNATURE);
    }

    @Test
    void rejectionMessagesNeverContainTheSecret() {
        byte[] body = utf8("{}");
        for (String header : new String[] {null, "abc", "0".repeat(64), SECRET}) {
            assertThatThrownBy(() -> verifier.verify(body, header))
                    .hasMessageNotContaining(SECRET)
                    .hasMessageNotContaining(SECRET.substring(6));
        }
        assertThat(verifier.toString()).doesNotContain(SECRET.substring(6));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void missingOrBlankSecretFailsAtCreation(String secret) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookVerifier.create(secret))
                .withMessageContaining("secret is missing");
    }

    @Test
    void secretWithSurroundingWhitespaceFailsAtCreation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookVerifier.create(SECRET + "\n"))
                .withMessageContaining("whitespace")
                .withMessageNotContaining(SECRET);
    }

    @Test
    void oneVerifierIsSafeToShareAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                byte[] body = utf8("{\"n\":" + i + "}");
                String header = i % 2 == 0 ? signature(body) : signature(utf8("{\"n\":-1}"));
                results.add(
                        pool.submit(
                                () -> {
                                    try {
                                        verifier.verify(body, header);
                                        return true;
                                    } catch (WebhookVerificationException e) {
                                        return false;
                                    }
                                }));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("delivery %d", i).isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertReason(byte[] body, String header, Reason reason) {
        assertThatThrownBy(() -> verifier.verify(body, header))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
