package dev.billhook.webhook.internal;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookVerificationException;
import dev.billhook.webhook.WebhookVerificationException.Reason;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The Standard Webhooks check: {@code webhook-signature} holds space-separated {@code
 * <version>,<base64>} entries; a {@code v1} entry is HMAC-SHA256 over {@code id + "." + timestamp +
 * "." + body}, keyed by each secret's Standard key. Stateless.
 *
 * <p>Order of checks: the three headers must all be present, then the timestamp must be Unix
 * seconds and some entry must be well formed, then the MAC must match, and only then is the
 * timestamp compared with the clock. So a stale or future timestamp is reported only for a delivery
 * that was really signed, and a forgery always reads as a signature failure.
 */
public final class StandardSignature {
    private static final int SIGNATURE_BYTES = 32;

    private StandardSignature() {}

    /**
     * Returns normally if some {@code v1} entry of {@code signatures} matches under some secret and
     * the signed timestamp is within {@code toleranceSeconds} of {@code receivedAt}, either way.
     * Entries of other versions are ignored; entries that are empty or not base64 never match.
     *
     * @throws WebhookVerificationException with a signature or timestamp reason, never another
     *     exception whatever the header values hold
     */
    public static void verify(
            byte[] body,
            @Nullable String id,
            @Nullable String timestamp,
            @Nullable String signatures,
            List<SigningSecret> secrets,
            Instant receivedAt,
            long toleranceSeconds) {
        requirePresent(id, timestamp, signatures);
        long seconds = UnixSeconds.parse(timestamp);
        List<byte[]> claimed = v1Entries(signatures);
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        boolean matched = false;
        int keyed = 0;
        for (SigningSecret secret : secrets) {
            if (secret.standard() == null) {
                continue;
            }
            keyed++;
            byte[] expected = secret.standard().compute(prefix, body);
            for (byte[] candidate : claimed) {
                matched |= MessageDigest.isEqual(expected, candidate);
            }
        }
        if (keyed == 0) {
            throw new WebhookVerificationException(
                    Reason.NO_MATCHING_SIGNATURE,
                    "no configured secret can check "
                            + WebhookHeaders.STANDARD_SIGNATURE
                            + ": none is \"whsec_\" followed by base64");
        }
        if (!matched) {
            throw new WebhookVerificationException(
                    Reason.NO_MATCHING_SIGNATURE,
                    "no v1 entry of "
                            + WebhookHeaders.STANDARD_SIGNATURE
                            + " matches id, timestamp and body for any of the "
                            + keyed
                            + " configured secret(s); check the endpoint secret and that the raw"
                            + " body bytes are verified");
        }
        UnixSeconds.checkWindow(seconds, receivedAt, toleranceSeconds);
    }

    private static void requirePresent(String id, String timestamp, String signatures) {
        List<String> missing = new ArrayList<>(3);
        if (id == null || id.isEmpty()) {
            missing.add(WebhookHeaders.STANDARD_ID);
        }
        if (timestamp == null || timestamp.isEmpty()) {
            missing.add(WebhookHeaders.STANDARD_TIMESTAMP);
        }
        if (signatures == null || signatures.isEmpty()) {
            missing.add(WebhookHeaders.STANDARD_SIGNATURE);
        }
        if (!missing.isEmpty()) {
            throw new WebhookVerificationException(
                    Reason.INCOMPLETE_SIGNATURE,
                    "the signed-timestamp headers travel together, but "
                            + String.join(" and ", missing)
                            + (missing.size() == 1 ? " is" : " are")
                            + " missing");
        }
    }

    /** The decoded {@code v1} entries of the right length; throws if there is none. */
    private static List<byte[]> v1Entries(String header) {
        List<byte[]> entries = new ArrayList<>();
        int count = 0;
        for (String entry : header.split(" ")) {
            if (entry.isEmpty()) {
                continue; // several spaces in a row
            }
            count++;
            if (!entry.startsWith("v1,")) {
                continue; // another version, or junk: never a match
            }
            byte[] mac = base64OrNull(entry.substring(3));
            if (mac != null && mac.length == SIGNATURE_BYTES) {
                entries.add(mac);
            }
        }
        if (entries.isEmpty()) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_SIGNATURE,
                    WebhookHeaders.STANDARD_SIGNATURE
                            + " has no well-formed v1 entry (v1, then base64 of 32 bytes) among its"
                            + " "
                            + count
                            + " entries");
        }
        return entries;
    }

    private static byte[] base64OrNull(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
