package dev.billhook.webhook;

import dev.billhook.webhook.WebhookVerificationException.Reason;
import dev.billhook.webhook.internal.CommetSignature;
import dev.billhook.webhook.internal.SigningSecret;
import dev.billhook.webhook.internal.StandardSignature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks that a delivery was signed with one of the endpoint's secrets.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *     .secret(System.getenv("COMMET_WEBHOOK_SECRET"))
 *     .secret(System.getenv("COMMET_WEBHOOK_SECRET_PREVIOUS")) // during a rotation
 *     .requireSignedTimestamp()                                // replay protection
 *     .build();
 * verifier.verify(rawBody, HeaderLookup.of(headers));
 * }</pre>
 *
 * <p>Two schemes, both computed over the exact bytes received:
 *
 * <ul>
 *   <li><b>Commet</b>: {@code X-Commet-Signature}, hex HMAC-SHA256 of the body keyed by the whole
 *       secret. It does not cover any timestamp, so it cannot stop a captured delivery from being
 *       replayed.
 *   <li><b>Signed timestamp</b> (Standard Webhooks): {@code webhook-signature} over {@code
 *       webhook-id + "." + webhook-timestamp + "." + body}, keyed by the base64-decoded part of the
 *       secret after {@code whsec_}. The timestamp must be within the {@linkplain
 *       Builder#timestampTolerance tolerance} of this verifier's clock, either way.
 * </ul>
 *
 * <p><b>Which scheme applies.</b> If any of {@code webhook-id}, {@code webhook-timestamp} or {@code
 * webhook-signature} is present (non-empty), the signed-timestamp scheme alone decides: all three
 * must be there and valid, and a wrong one fails the delivery even when {@code X-Commet-Signature}
 * is right. A genuine sender signs both with the same secret at the same moment, so that
 * combination only arises when the signed headers were altered, typically a replay with a refreshed
 * timestamp; falling back to the Commet signature would switch replay protection off at exactly
 * that moment. Without those headers, {@code X-Commet-Signature} is checked. Because anyone
 * relaying a captured delivery can also strip headers, only {@link
 * Builder#requireSignedTimestamp()} actually prevents replays; use it when the sender is Billhook.
 *
 * <p>Secrets: a delivery verifies if any configured secret matches, so during a rotation configure
 * the new and the old one, then drop the old. Every secret is compared each time, in constant time.
 * Instances are immutable and thread-safe; build one at startup and share it.
 */
public final class WebhookVerifier {
    /** Header names are matched case-insensitively; lower case spares the lookup a conversion. */
    private static final String COMMET_SIGNATURE_LOOKUP = WebhookHeaders.SIGNATURE.toLowerCase(Locale.ROOT);
    /** The default {@linkplain Builder#timestampTolerance timestamp tolerance}: 5 minutes. */
    public static final Duration DEFAULT_TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

    private final List<SigningSecret> secrets;
    private final boolean requireSignedTimestamp;
    private final long toleranceSeconds;
    private final Clock clock;

    private WebhookVerifier(Builder builder) {
        this.secrets = List.copyOf(builder.secrets);
        this.requireSignedTimestamp = builder.requireSignedTimestamp;
        this.toleranceSeconds =
                (builder.tolerance != null ? builder.tolerance : DEFAULT_TIMESTAMP_TOLERANCE)
                        .getSeconds();
        this.clock = builder.clock != null ? builder.clock : Clock.systemUTC();
    }

    /**
     * A verifier for one secret with the default policy; the same as {@code
     * builder().secret(secret).build()}.
     *
     * @throws IllegalArgumentException as {@link Builder#secret}
     */
    public static WebhookVerifier create(String secret) {
        return builder().secret(secret).build();
    }

    /** Starts configuring a verifier. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns normally if {@code signatureHeader} is the {@code X-Commet-Signature} of {@code body}
     * under some configured secret: exactly 64 hex digits in either case, no prefix such as {@code
     * sha256=}.
     *
     * <p>Sees no other header, so a verifier that {@linkplain Builder#requireSignedTimestamp
     * requires the signed timestamp} always rejects with {@link Reason#MISSING_SIGNATURE}; use
     * {@link #verify(byte[], HeaderLookup)} for the full check.
     *
     * @param body the raw request body, as received
     * @param signatureHeader the {@code X-Commet-Signature} value, or null if absent
     * @throws WebhookVerificationException with a reason for which {@link
     *     Reason#isSignatureFailure()} is true
     */
    public void verify(byte[] body, @Nullable String signatureHeader) {
        verify(
                body,
                name -> WebhookHeaders.SIGNATURE.equalsIgnoreCase(name) ? signatureHeader : null);
    }

    /**
     * Returns normally if the delivery's headers sign {@code body}, under the scheme chosen as the
     * class documentation describes, with the timestamp measured against the clock now.
     *
     * @param body the body as received, after any {@code Content-Encoding} was removed
     * @param headers the request headers
     * @throws WebhookVerificationException with a reason for which {@link
     *     Reason#isSignatureFailure()} is true
     * @throws RuntimeException whatever {@code headers} throws, unchanged
     */
    public void verify(byte[] body, HeaderLookup headers) {
        verify(body, headers, clock.instant());
    }

    /** As {@link #verify(byte[], HeaderLookup)}, for a delivery received at {@code receivedAt}. */
    void verify(byte[] body, HeaderLookup headers, Instant receivedAt) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headers, "headers");
        String id = headers.get(WebhookHeaders.STANDARD_ID);
        String timestamp = headers.get(WebhookHeaders.STANDARD_TIMESTAMP);
        String signatures = headers.get(WebhookHeaders.STANDARD_SIGNATURE);
        if (present(id) || present(timestamp) || present(signatures)) {
            StandardSignature.verify(
                    body, id, timestamp, signatures, secrets, receivedAt, toleranceSeconds);
        } else if (requireSignedTimestamp) {
            throw new WebhookVerificationException(
                    Reason.MISSING_SIGNATURE,
                    "this endpoint requires the signed-timestamp headers ("
                            + WebhookHeaders.STANDARD_ID
                            + ", "
                            + WebhookHeaders.STANDARD_TIMESTAMP
                            + ", "
                            + WebhookHeaders.STANDARD_SIGNATURE
                            + "); "
                            + WebhookHeaders.SIGNATURE
                            + " alone is not accepted");
        } else {
            CommetSignature.verify(body, headers.get(COMMET_SIGNATURE_LOOKUP), secrets);
        }
    }

    /** The instant a delivery arriving now is received at, by this verifier's clock. */
    Instant now() {
        return clock.instant();
    }

    private static boolean present(@Nullable String header) {
        return header != null && !header.isEmpty();
    }

    /** Never includes a secret. */
    @Override
    public String toString() {
        return "WebhookVerifier[secrets="
                + secrets.size()
                + " <redacted>, requireSignedTimestamp="
                + requireSignedTimestamp
                + ", toleranceSeconds="
                + toleranceSeconds
                + "]";
    }

    /**
     * Configures a {@link WebhookVerifier}. Add at least one {@link #secret}; every other option
     * has a default and may be set once (setting it again throws {@link IllegalStateException}).
     * Arguments are checked as they are given; {@link #build} checks them together. Not
     * thread-safe; {@link #build} may be called more than once.
     */
    public static final class Builder {
        private final List<String> rawSecrets = new ArrayList<>();
        private final List<SigningSecret> secrets = new ArrayList<>();
        private boolean requireSignedTimestamp;
        private Duration tolerance;
        private Clock clock;

        private Builder() {}

        /**
         * Accepts deliveries signed with {@code secret}, the endpoint secret exactly as issued
         * ({@code whsec_…}). Call once per secret that is currently valid: during a rotation, the
         * new one and the one it replaces.
         *
         * <p>Any non-blank secret works with the Commet scheme, which keys on the whole string. The
         * signed-timestamp scheme needs {@code whsec_} followed by base64 (as {@link
         * WebhookSigner#newSecret()} issues); other secrets never match a {@code
         * webhook-signature}, and with {@link #requireSignedTimestamp()} they fail {@link #build}.
         *
         * @throws IllegalArgumentException if {@code secret} is null, blank, has leading or
         *     trailing whitespace (almost always a copy-paste or env-file accident), or was already
         *     added
         */
        public Builder secret(String secret) {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException(
                        "webhook secret is missing; pass the endpoint secret (whsec_...) shown at"
                                + " creation");
            }
            if (!secret.equals(secret.strip())) {
                throw new IllegalArgumentException(
                        "webhook secret has leading or trailing whitespace; check how it is"
                                + " loaded");
            }
            if (rawSecrets.contains(secret)) {
                throw new IllegalArgumentException(
                        "the same webhook secret was added twice (secret #"
                                + (rawSecrets.indexOf(secret) + 1)
                                + " and #"
                                + (rawSecrets.size() + 1)
                                + ")");
            }
            rawSecrets.add(secret);
            secrets.add(SigningSecret.of(secret));
            return this;
        }

        /**
         * Accepts only deliveries with a valid signed timestamp ({@code webhook-id}, {@code
         * webhook-timestamp}, {@code webhook-signature}); {@code X-Commet-Signature} alone is
         * rejected with {@link Reason#MISSING_SIGNATURE}. This is the only setting that prevents
         * replays. Billhook sends these headers; Commet itself does not, so don't use it for
         * deliveries from Commet. Set once.
         */
        public Builder requireSignedTimestamp() {
            if (requireSignedTimestamp) {
                throw new IllegalStateException("requireSignedTimestamp is already set");
            }
            requireSignedTimestamp = true;
            return this;
        }

        /**
         * How far {@code webhook-timestamp} may be from the clock when a delivery is received, in
         * either direction, boundary included. Default {@link #DEFAULT_TIMESTAMP_TOLERANCE}. Larger
         * values tolerate worse clock skew and widen the replay window. Set once.
         *
         * @throws IllegalArgumentException unless {@code tolerance} is a positive whole number of
         *     seconds
         */
        public Builder timestampTolerance(Duration tolerance) {
            Objects.requireNonNull(tolerance, "tolerance");
            if (tolerance.isNegative() || tolerance.isZero() || tolerance.getNano() != 0) {
                throw new IllegalArgumentException(
                        "timestamp tolerance must be a positive whole number of seconds");
            }
            if (this.tolerance != null) {
                throw new IllegalStateException("timestampTolerance is already set");
            }
            this.tolerance = tolerance;
            return this;
        }

        /**
         * The clock timestamps are checked against. Default {@link Clock#systemUTC()}; inject a
         * fixed or movable clock in tests. Set once.
         */
        public Builder clock(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            if (this.clock != null) {
                throw new IllegalStateException("clock is already set");
            }
            this.clock = clock;
            return this;
        }

        /**
         * A verifier with this configuration.
         *
         * @throws IllegalStateException if no secret was added
         * @throws IllegalArgumentException if {@link #requireSignedTimestamp()} is set and a secret
         *     cannot key the signed-timestamp scheme (the message names which, by position)
         */
        public WebhookVerifier build() {
            if (secrets.isEmpty()) {
                throw new IllegalStateException(
                        "no webhook secret; call secret(...) with the endpoint secret (whsec_...)");
            }
            if (requireSignedTimestamp) {
                for (int i = 0; i < secrets.size(); i++) {
                    if (secrets.get(i).standard() == null) {
                        throw new IllegalArgumentException(
                                "secret #"
                                        + (i + 1)
                                        + " cannot sign timestamps: after \"whsec_\" it must be"
                                        + " the base64 of the key, as the endpoint secret is"
                                        + " issued. Use the secret exactly as issued, or leave"
                                        + " requireSignedTimestamp() off (X-Commet-Signature works"
                                        + " with any secret)");
                    }
                }
            }
            return new WebhookVerifier(this);
        }
    }
}
