package dev.billhook.webhook;

import static dev.billhook.webhook.Payloads.utf8;

import static java.nio.charset.StandardCharsets.UTF_8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

class WebhookSignerTest {
    /*
     * Both expected values were computed once outside Java, with OpenSSL 3:
     *
     *   printf '%s' '{"id":"whev_1","event":"payment.received"}' \
     *     | openssl dgst -sha256 -hmac 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
     *
     *   KEY=$(printf '%s' MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw | base64 -d | xxd -p -c 256)
     *   printf '%s' 'msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{"test": 2432232314}' \
     *     | openssl dgst -sha256 -mac HMAC -macopt hexkey:$KEY -binary | base64
     *
     * The second is also the worked example in the Standard Webhooks specification.
     */
    private static final String COMMET_EXPECTED =
            "d37cdd59084c23cedf9992bd3fef144ba5e4a5f9ef8e180dfe3476f8e9b1bf77";
    private static final String STANDARD_EXPECTED =
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void commetSchemeMatchesKnownAnswer() {
        byte[] body = utf8("{\"id\":\"whev_1\",\"event\":\"payment.received\"}");
        assertThat(WebhookSigner.sign(body, Payloads.SECRET)).isEqualTo(COMMET_EXPECTED);
    }

    @Test
    void standardSchemeMatchesKnownAnswer() {
        byte[] body = utf8("{\"test\": 2432232314}");
        assertThat(
                        WebhookSigner.signStandard(
                                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body, Payloads.SECRET))
                .isEqualTo(STANDARD_EXPECTED);
    }

    @Test
    void commetKeyIsTheWholeSecretIncludingPrefix() {
        byte[] body = utf8("{}");
        String withoutPrefix = Payloads.SECRET.substring(WebhookSigner.SECRET_PREFIX.length());
        assertThat(WebhookSigner.sign(body, Payloads.SECRET))
                .isNotEqualTo(WebhookSigner.sign(body, withoutPrefix));
    }

    @Test
    void standardSchemeRejectsSecretWithoutPrefix() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> WebhookSigner.signStandard("m", 1, utf8("{}"), "MfKQ9r8GKYqrTwjU"))
                .withMessageContaining("whsec_")
                .withMessageNotContaining("MfKQ9r8GKYqrTwjU");
    }

    @Test
    void standardSchemeRejectsNonBase64SecretWithoutQuotingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> WebhookSigner.signStandard("m", 1, utf8("{}"), "whsec_not*base64!"))
                .withMessageContaining("not valid base64")
                .withMessageNotContaining("not*base64");
    }

    @Test
    void newSecretsAreRandom32ByteBase64AndWorkWithBothSchemes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = WebhookSigner.newSecret();
            assertThat(secret).startsWith("whsec_");
            assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
            assertThat(WebhookSigner.signStandard("m", 1, utf8("{}"), secret)).startsWith("v1,");
            assertThat(WebhookSigner.sign(utf8("{}"), secret)).hasSize(64);
            seen.add(secret);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void emptySecretIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSigner.sign(utf8("{}"), ""));
    }

    @Test
    void signaturesStayCorrectAcrossManyMoreSecretsThanTheKeyCacheHolds() throws Exception {
        byte[] body = "{\"a\":1}".getBytes(UTF_8);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 600; i++) {
                String secret =
                        "whsec_"
                                + Base64.getEncoder()
                                        .encodeToString(("secret-" + i).getBytes(UTF_8));
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
                assertThat(WebhookSigner.sign(body, secret))
                        .isEqualTo(HexFormat.of().formatHex(mac.doFinal(body)));
                assertThat(WebhookSigner.signStandard("msg", 1, body, secret))
                        .isEqualTo(WebhookSigner.signStandard("msg", 1, body, secret))
                        .startsWith("v1,");
            }
        }
    }
}
