package dev.billhook.webhook;

import dev.billhook.webhook.internal.Hex;
import dev.billhook.webhook.internal.HmacSha256;
import dev.billhook.webhook.internal.SigningSecret;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Produces webhook signatures and endpoint secrets. This is the one implementation of the signing
 * schemes: the Billhook server signs outgoing deliveries with it, and receivers can use it to sign
 * bodies in their own tests.
 *
 * <p>All methods are static and thread-safe; the only state is a bounded cache of keyed MACs. Null arguments throw {@link
 * NullPointerException}.
 */
public final class WebhookSigner {
    /** Prefix of every generated secret; part of the key for the Commet scheme. */
    public static final String SECRET_PREFIX = "whsec_";

    /** Random bytes in a generated secret (256 bits, the HMAC-SHA256 block-size sweet spot). */
    public static final int SECRET_RANDOM_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    /*
     * Keyed MACs by secret, one cache per scheme: setting up a Mac for a key costs more than
     * signing a small body with it, and the server signs every delivery of an endpoint with the
     * same secret. Each HmacSha256 clones its keyed prototype per call, so sharing is thread-safe.
     */
    private static final KeyCache COMMET_KEYS = new KeyCache();
    private static final KeyCache STANDARD_KEYS = new KeyCache();

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
        HmacSha256 mac =
                COMMET_KEYS.computeIfAbsent(
                        secret, s -> HmacSha256.withKey(s.getBytes(StandardCharsets.UTF_8)));
        return Hex.encode(mac.compute(body));
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
        byte[] mac =
                STANDARD_KEYS
                        .computeIfAbsent(secret, s -> HmacSha256.withKey(standardKey(s)))
                        .compute(prefix, body);
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

    /**
     * A bounded map from secret to keyed MAC. Cleared whole when full: simple, never grows past
     * {@link #MAX_SECRETS} keys (so rotated-out secrets do not pile up in memory), and a server
     * with more live secrets than that still signs correctly, just with some set-up cost.
     */
    private static final class KeyCache {
        private static final int MAX_SECRETS = 256;

        private final ConcurrentHashMap<String, HmacSha256> macs = new ConcurrentHashMap<>();

        HmacSha256 computeIfAbsent(String secret, Function<String, HmacSha256> keyed) {
            HmacSha256 mac = macs.get(secret);
            if (mac != null) {
                return mac;
            }
            // Key outside the map, so an invalid secret throws without touching it.
            mac = keyed.apply(secret);
            if (macs.size() >= MAX_SECRETS) {
                macs.clear();
            }
            macs.putIfAbsent(secret, mac);
            return mac;
        }
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
