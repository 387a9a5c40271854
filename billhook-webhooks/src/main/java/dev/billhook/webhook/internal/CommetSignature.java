package dev.billhook.webhook.internal;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookVerificationException;
import dev.billhook.webhook.WebhookVerificationException.Reason;

import java.security.MessageDigest;
import java.util.List;

/**
 * The {@code X-Commet-Signature} check: lowercase (or uppercase) hex of HMAC-SHA256 over the exact
 * body bytes, keyed by the whole secret. Stateless.
 */
public final class CommetSignature {
    private static final int SIGNATURE_BYTES = 32;

    private CommetSignature() {}

    /**
     * Returns normally if {@code header} is the signature of {@code body} under any of {@code
     * secrets}. Every secret is compared, in constant time, whether or not an earlier one matched.
     *
     * @throws WebhookVerificationException MISSING_SIGNATURE, MALFORMED_SIGNATURE or
     *     NO_MATCHING_SIGNATURE
     */
    public static void verify(byte[] body, @Nullable String header, List<SigningSecret> secrets) {
        if (header == null || header.isEmpty()) {
            throw new WebhookVerificationException(
                    Reason.MISSING_SIGNATURE, "missing " + WebhookHeaders.SIGNATURE + " header");
        }
        byte[] claimed = Hex.decode(header, SIGNATURE_BYTES);
        if (claimed == null) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_SIGNATURE,
                    WebhookHeaders.SIGNATURE
                            + " must be exactly 64 hex digits (got "
                            + header.length()
                            + " characters)");
        }
        boolean matched = false;
        for (SigningSecret secret : secrets) {
            matched |= MessageDigest.isEqual(secret.commet().compute(body), claimed);
        }
        if (!matched) {
            throw new WebhookVerificationException(
                    Reason.NO_MATCHING_SIGNATURE,
                    WebhookHeaders.SIGNATURE
                            + " does not match the body for any of the "
                            + secrets.size()
                            + " configured secret(s); check the endpoint secret and that the raw"
                            + " body bytes are verified");
        }
    }
}
