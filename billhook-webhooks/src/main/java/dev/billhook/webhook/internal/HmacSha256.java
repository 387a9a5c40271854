package dev.billhook.webhook.internal;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with a fixed key, safe to share between threads.
 *
 * <p>{@link Mac} is stateful and not thread-safe. Rather than synchronizing or keeping a
 * ThreadLocal (which leaks on pooled threads), each call clones an initialized prototype: cloning
 * copies the already-expanded key, which is cheaper than {@code Mac.init}. Providers that cannot
 * clone fall back to a fresh instance per call.
 */
public final class HmacSha256 {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Mac prototype;
    private final boolean cloneable;

    private HmacSha256(byte[] keyBytes) {
        if (keyBytes.length == 0) {
            throw new IllegalArgumentException("HMAC key must not be empty");
        }
        this.key = new SecretKeySpec(keyBytes, ALGORITHM);
        this.prototype = newMac(key);
        this.cloneable = canClone(prototype);
    }

    /** A MAC keyed by {@code keyBytes}, which must not be empty. The array is copied. */
    public static HmacSha256 withKey(byte[] keyBytes) {
        return new HmacSha256(keyBytes);
    }

    /** HMAC-SHA256 over the concatenation of {@code parts}, in order. */
    public byte[] compute(byte[]... parts) {
        Mac mac = cloneable ? cloneOf(prototype) : newMac(key);
        for (byte[] part : parts) {
            mac.update(part);
        }
        return mac.doFinal();
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java SE runtime must provide HmacSHA256, so this is a broken JDK.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static boolean canClone(Mac mac) {
        try {
            mac.clone();
            return true;
        } catch (CloneNotSupportedException e) {
            return false;
        }
    }

    private static Mac cloneOf(Mac mac) {
        try {
            return (Mac) mac.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("Mac stopped supporting clone()", e);
        }
    }
}
