package dev.billhook.webhook;

import dev.billhook.webhook.internal.Hex;
import dev.billhook.webhook.internal.HmacSha256;
import dev.billhook.webhook.internal.SigningSecret;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Produces webhook signatures and endpoint secrets. This is the one implementation of the signing
 * schemes: the Billhook server signs outgoing deliveries with it, and receivers can use it to sign
 * bodies in their own tests.
 *
 * <p>All methods are static, stateless and thread-safe. Null arguments throw {@link
 * NullPointerException}.
 */
public final class WebhookSigner {
    /** Prefix of every generated secret; part of the key for the Commet scheme. */
    public static final String SECRET_PREFIX = "whsec_";

    /** Random bytes in a generated secret (256 bits, the HMAC-SHA256 block-size sweet spot). */
    public static final int SECRET_RANDOM_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {}

    /**
     * The Commet signature ({@code X-Commet-Signature}): lowercase hex of HMAC-SHA256 over the
     * exact {@code body} bytes, keyed by the whole {@code secret} string as UTF-8, prefix included.
     *
     * @throws IllegalArgumentException if {@code secret} is empty
     */
    public static String sign(byte[] body, String secret) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("secret must not be empty");
        }
        return Hex.encode(
                HmacSha256.withKey(secret.getBytes(StandardCharsets.UTF_8)).compute(body));
    }

    /**
     * One Standard Webhooks signature entry ({@code webhook-signature}): {@code "v1,"} + base64 of
     * HMAC-SHA256 over {@code msgId + "." + timestampSeconds + "." + body}, keyed by the
     * base64-decoded part of {@code secret} after {@value #SECRET_PREFIX}.
     *
     * @param msgId the message id, sent as {@code webhook-id}
     * @param timestampSeconds Unix time in seconds, sent as {@code webhook-timestamp}
     * @throws IllegalArgumentException if {@code secret} lacks the {@value #SECRET_PREFIX} prefix
     *     or the rest is not non-empty valid base64
     */
    public static String signStandard(
            String msgId, long timestampSeconds, byte[] body, String secret) {
        Objects.requireNonNull(msgId, "msgId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(secret, "secret");
        byte[] prefix = (msgId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8);
        byte[] mac = HmacSha256.withKey(standardKey(secret)).compute(prefix, body);
        return "v1," + Base64.getEncoder().encodeToString(mac);
    }

    /**
     * A new endpoint secret: {@value #SECRET_PREFIX} + base64 of {@value #SECRET_RANDOM_BYTES}
     * bytes from {@link SecureRandom}. Works with both signing schemes.
     */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] standardKey(String secret) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException(
                    "Standard Webhooks signing needs a secret starting with \""
                            + SECRET_PREFIX
                            + "\"");
        }
        // The verifier decodes with the same rule, so a secret signs and verifies alike.
        byte[] key = SigningSecret.standardKeyBytes(secret);
        if (key == null) {
            throw new IllegalArgumentException(
                    "the part of the secret after \""
                            + SECRET_PREFIX
                            + "\" is empty or not valid base64");
        }
        return key;
    }
}
