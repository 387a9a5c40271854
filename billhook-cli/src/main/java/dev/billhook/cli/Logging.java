package dev.billhook.cli;

/**
 * Sets slf4j-simple's defaults before the first logger exists. {@code serve} logs Billhook's own
 * key=value lines at info; the demo prints its own report, so there only warnings get through.
 * Any {@code -Dorg.slf4j.simpleLogger.*} given on the command line wins.
 */
final class Logging {
    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {}

    static void configure(String[] args) {
        boolean demo = args.length > 0 && args[0].equals("demo");
        setDefault("defaultLogLevel", "warn");
        setDefault("log.dev.billhook", demo ? "warn" : "info");
        setDefault("showDateTime", "true");
        setDefault("dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        setDefault("showThreadName", "false");
        setDefault("levelInBrackets", "true");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) System.setProperty(PREFIX + key, value);
    }
}
