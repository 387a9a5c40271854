package dev.billhook.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds delivery headers the way the Billhook server sends them, for tests. */
final class SignedHeaders {
    /** A fixed "now" for timestamp tests: 2026-03-25T14:30:00Z. */
    static final long NOW = 1_774_449_000L;

    static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

    private SignedHeaders() {}

    /** Only the Standard Webhooks headers, signed at {@code timestamp} under {@code secret}. */
    static Map<String, String> standard(byte[] body, long timestamp, String secret) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookHeaders.STANDARD_ID, "whev_1");
        headers.put(WebhookHeaders.STANDARD_TIMESTAMP, Long.toString(timestamp));
        headers.put(
                WebhookHeaders.STANDARD_SIGNATURE,
                WebhookSigner.signStandard("whev_1", timestamp, body, secret));
        return headers;
    }

    /** Both schemes, as the server sends them, signed now under {@link Payloads#SECRET}. */
    static Map<String, String> both(byte[] body) {
        Map<String, String> headers = standard(body, NOW, Payloads.SECRET);
        headers.put(WebhookHeaders.SIGNATURE, WebhookSigner.sign(body, Payloads.SECRET));
        return headers;
    }

    /** A default-policy verifier for {@link Payloads#SECRET} on {@link #CLOCK}. */
    static WebhookVerifier verifier() {
        return WebhookVerifier.builder().secret(Payloads.SECRET).clock(CLOCK).build();
    }
}
