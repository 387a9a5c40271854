package dev.billhook.webhook;

import dev.billhook.webhook.WebhookVerificationException.Reason;
import dev.billhook.webhook.internal.Hex;
import dev.billhook.webhook.internal.HmacSha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Checks the {@code X-Commet-Signature} of a delivery against one endpoint secret.
 *
 * <p>Create one per secret at startup and share it: instances are immutable and thread-safe. A
 * verifier can never be built from a null or blank secret, so a missing configuration value fails
 * at startup instead of silently accepting every request.
 *
 * <p>The MAC is computed over the exact bytes received. Pass the raw request body, never a string
 * that was decoded and re-encoded or JSON that was parsed and re-serialized: either changes the
 * bytes and the signature stops matching (which is the point).
 */
public final class WebhookVerifier {
    private static final int SIGNATURE_BYTES = 32;

    private final HmacSha256 mac;

    private WebhookVerifier(String secret) {
        this.mac = HmacSha256.withKey(secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A verifier for {@code secret}, the endpoint secret exactly as issued ({@code whsec_…}).
     *
     * @throws IllegalArgumentException if {@code secret} is null, blank, or has leading or trailing
     *     whitespace (almost always a copy-paste or env-file accident)
     */
    public static WebhookVerifier create(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(
                    "webhook secret is missing; pass the endpoint secret (whsec_...) shown at"
                        + " creation");
        }
        if (!secret.equals(secret.strip())) {
            throw new IllegalArgumentException(
                    "webhook secret has leading or trailing whitespace; check how it is loaded");
        }
        return new WebhookVerifier(secret);
    }

    /**
     * Returns normally if {@code signatureHeader} is the signature of {@code body}.
     *
     * <p>The header must be exactly 64 hexadecimal digits, in either case, with no prefix such as
     * {@code sha256=}. The comparison is constant-time.
     *
     * @param body the raw request body, as received
     * @param signatureHeader the {@code X-Commet-Signature} value, or null if absent
     * @throws WebhookVerificationException with {@link Reason#MISSING_SIGNATURE}, {@link
     *     Reason#MALFORMED_SIGNATURE} or {@link Reason#NO_MATCHING_SIGNATURE}
     */
    public void verify(byte[] body, @Nullable String signatureHeader) {
        Objects.requireNonNull(body, "body");
        if (signatureHeader == null || signatureHeader.isEmpty()) {
            throw new WebhookVerificationException(
                    Reason.MISSING_SIGNATURE, "missing " + WebhookHeaders.SIGNATURE + " header");
        }
        byte[] claimed = Hex.decode(signatureHeader, SIGNATURE_BYTES);
        if (claimed == null) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_SIGNATURE,
                    WebhookHeaders.SIGNATURE
                            + " must be exactly 64 hex digits (got "
                            + signatureHeader.length()
                            + " characters)");
        }
        if (!MessageDigest.isEqual(mac.compute(body), claimed)) {
            throw new WebhookVerificationException(
                    Reason.NO_MATCHING_SIGNATURE,
                    "signature does not match the body; check the endpoint secret and that the raw"
                            + " body bytes are verified");
        }
    }

    /** Never includes the secret. */
    @Override
    public String toString() {
        return "WebhookVerifier[secret=<redacted>]";
    }
}
