package dev.billhook.webhook.internal;

import dev.billhook.webhook.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One endpoint secret, keyed for both signing schemes. Immutable and thread-safe.
 *
 * <p>The Commet scheme keys on the whole secret string as UTF-8, so every non-empty secret works
 * with it. The Standard Webhooks scheme keys on the base64-decoded part after {@value #PREFIX}; a
 * secret without the prefix, or whose rest is not base64, simply has no Standard key. The decision
 * to fail or not is the caller's: this class never falls back to a weaker key.
 */
public final class SigningSecret {
    /** Prefix of issued secrets; see {@code WebhookSigner.SECRET_PREFIX}. */
    public static final String PREFIX = "whsec_";

    private final HmacSha256 commet;
    private final @Nullable HmacSha256 standard;

    private SigningSecret(String secret) {
        this.commet = HmacSha256.withKey(secret.getBytes(StandardCharsets.UTF_8));
        byte[] standardKey = standardKeyBytes(secret);
        this.standard = standardKey == null ? null : HmacSha256.withKey(standardKey);
    }

    /** Keys for {@code secret}, which must be non-empty. */
    public static SigningSecret of(String secret) {
        return new SigningSecret(secret);
    }

    /** The Commet-scheme MAC. */
    public HmacSha256 commet() {
        return commet;
    }

    /** The Standard-scheme MAC, or null if this secret cannot key that scheme. */
    public @Nullable HmacSha256 standard() {
        return standard;
    }

    /**
     * The Standard Webhooks key: the bytes base64 encodes after {@value #PREFIX}, decoded exactly
     * as {@code WebhookSigner.signStandard} decodes them (the basic alphabet; padding optional).
     *
     * @return the key, or null if the prefix is missing or the rest is empty or not base64
     */
    public static @Nullable byte[] standardKeyBytes(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return null;
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
            return key.length == 0 ? null : key;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
