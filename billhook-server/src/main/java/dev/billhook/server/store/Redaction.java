package dev.billhook.server.store;

/** Masks credentials in text that may be logged. */
public final class Redaction {
    private Redaction() {}

    /** A JDBC URL with any {@code password=} value replaced by {@code ***}. */
    public static String jdbcUrl(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
