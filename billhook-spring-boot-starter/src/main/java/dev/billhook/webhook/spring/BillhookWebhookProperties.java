package dev.billhook.webhook.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code billhook.webhooks.*} properties. Setters check each value as it is bound, so a bad
 * value fails startup with the property's name; {@link BillhookWebhookAutoConfiguration} checks
 * them together. {@link #toString()} never shows a secret.
 */
@ConfigurationProperties(prefix = BillhookWebhookProperties.PREFIX)
public class BillhookWebhookProperties {
    /** The prefix of every property here. */
    public static final String PREFIX = "billhook.webhooks";

    /** The default {@link #getPath() path}. */
    public static final String DEFAULT_PATH = "/webhooks/commet";

    /** Which signatures a delivery may carry; see the SDK's {@code WebhookVerifier}. */
    public enum Policy {
        /**
         * {@code X-Commet-Signature}, or the signed timestamp ({@code webhook-*} headers) when a
         * delivery carries it, which then alone decides. What Commet sends; the default.
         */
        COMMET_OR_SIGNED_TIMESTAMP,
        /**
         * Only the signed timestamp, checked against the tolerance: prevents replays. Billhook
         * sends it; Commet does not.
         */
        REQUIRE_SIGNED_TIMESTAMP
    }

    /** Whether to register the webhook endpoint at all. */
    private boolean enabled = true;

    /** The endpoint secret (whsec_...) shown when the endpoint was created. */
    private String secret;

    /**
     * Several endpoint secrets, any of which verifies a delivery: during a rotation, the new one
     * and the one it replaces. Instead of secret, not with it.
     */
    private List<String> secrets = new ArrayList<>();

    /** Where deliveries are posted, inside the application's context path. */
    private String path = DEFAULT_PATH;

    /**
     * How far a signed timestamp may be from the server clock, either way (whole seconds). Unset
     * means the SDK default, 5 minutes.
     */
    private Duration tolerance;

    /** Which signatures are accepted. */
    private Policy policy = Policy.COMMET_OR_SIGNED_TIMESTAMP;

    /**
     * The largest request body accepted, counted on the bytes read and again after gzip decoding;
     * larger ones are answered 413.
     */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public List<String> getSecrets() {
        return secrets;
    }

    public void setSecrets(List<String> secrets) {
        this.secrets = secrets == null ? new ArrayList<>() : new ArrayList<>(secrets);
    }

    public String getPath() {
        return path;
    }

    /**
     * @throws IllegalArgumentException unless {@code path} starts with {@code /} and is an exact
     *     path (no {@code *}, no query)
     */
    public void setPath(String path) {
        if (path == null || !path.startsWith("/") || path.contains("*") || path.contains("?")) {
            throw new IllegalArgumentException(
                    "must be an exact path starting with '/', e.g. " + DEFAULT_PATH);
        }
        this.path = path;
    }

    public Duration getTolerance() {
        return tolerance;
    }

    /**
     * @throws IllegalArgumentException unless positive whole seconds
     */
    public void setTolerance(Duration tolerance) {
        if (tolerance != null
                && (tolerance.isNegative() || tolerance.isZero() || tolerance.getNano() != 0)) {
            throw new IllegalArgumentException("must be a positive whole number of seconds");
        }
        this.tolerance = tolerance;
    }

    public Policy getPolicy() {
        return policy;
    }

    public void setPolicy(Policy policy) {
        this.policy = policy == null ? Policy.COMMET_OR_SIGNED_TIMESTAMP : policy;
    }

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    /**
     * @throws IllegalArgumentException unless positive and under 2 GiB
     */
    public void setMaxBodySize(DataSize maxBodySize) {
        if (maxBodySize == null
                || maxBodySize.toBytes() <= 0
                || maxBodySize.toBytes() >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("must be positive and under 2GB, e.g. 1MB");
        }
        this.maxBodySize = maxBodySize;
    }

    /** Never shows a secret, only how many are set. */
    @Override
    public String toString() {
        return "BillhookWebhookProperties[enabled="
                + enabled
                + ", secret="
                + (secret == null ? "unset" : "<redacted>")
                + ", secrets="
                + secrets.size()
                + " <redacted>, path="
                + path
                + ", tolerance="
                + tolerance
                + ", policy="
                + policy
                + ", maxBodySize="
                + maxBodySize
                + "]";
    }
}
