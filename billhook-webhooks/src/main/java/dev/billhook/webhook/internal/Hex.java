package dev.billhook.webhook.internal;

/** Hexadecimal encoding and strict decoding, without allocation-heavy helpers. */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {}

    /** Lowercase hex of {@code bytes}. */
    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /**
     * Decodes exactly {@code byteCount} bytes from {@code text}, accepting either case.
     *
     * @return the bytes, or {@code null} if {@code text} is not exactly {@code 2 * byteCount} hex
     *     digits (no prefix, no whitespace)
     */
    public static byte[] decode(String text, int byteCount) {
        if (text.length() != 2 * byteCount) {
            return null;
        }
        byte[] out = new byte[byteCount];
        for (int i = 0; i < byteCount; i++) {
            int high = Character.digit(text.charAt(2 * i), 16);
            int low = Character.digit(text.charAt(2 * i + 1), 16);
            // Character.digit also accepts non-ASCII digits (e.g. fullwidth); insist on ASCII.
            if (high < 0
                    || low < 0
                    || !isAscii(text.charAt(2 * i))
                    || !isAscii(text.charAt(2 * i + 1))) {
                return null;
            }
            out[i] = (byte) ((high << 4) | low);
        }
        return out;
    }

    private static boolean isAscii(char c) {
        return c < 0x80;
    }
}
