package dev.billhook.server.store;

import java.security.SecureRandom;

/**
 * Prefixed random identifiers ({@code cus_…}, {@code sub_…}, {@code whev_…}). The prefix says what
 * the id names, which makes logs and support tickets readable; the 20 random base-62 characters
 * (about 119 bits) make ids unguessable and collision-free without coordination between nodes.
 */
public final class Ids {
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int RANDOM_CHARS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String newId(String prefix) {
        return prefix + "_" + randomChars(RANDOM_CHARS);
    }

    /** {@code length} random base-62 characters, for secrets and tokens. */
    public static String randomChars(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        return new String(out);
    }
}
