package dev.billhook.webhook.internal;

import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookVerificationException;
import dev.billhook.webhook.WebhookVerificationException.Reason;

import java.time.Instant;

/** The {@code webhook-timestamp} header: strict parsing and the tolerance window. */
final class UnixSeconds {
    /** Longer numbers are reported as "far in the future" without being parsed. */
    private static final int MAX_DIGITS = 18;

    /** Stands in for any longer number: later than every {@link Instant}, yet overflow-safe. */
    private static final long FAR_FUTURE = 1_000_000_000_000_000_000L;

    private UnixSeconds() {}

    /**
     * Parses ASCII digits only: no sign, no spaces, no fraction, no exponent. Leading zeros are
     * allowed, since the MAC covers the header text as sent. A number of more than {@value
     * #MAX_DIGITS} significant digits reads as {@link #FAR_FUTURE}, which the window check then
     * rejects as in the future.
     *
     * @throws WebhookVerificationException MALFORMED_TIMESTAMP
     */
    static long parse(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new WebhookVerificationException(
                        Reason.MALFORMED_TIMESTAMP,
                        WebhookHeaders.STANDARD_TIMESTAMP
                                + " must be Unix time in whole seconds, digits only");
            }
            if (c == '0' && start == i) {
                start++;
            }
        }
        int digits = text.length() - start;
        return digits > MAX_DIGITS
                ? FAR_FUTURE
                : digits == 0 ? 0 : Long.parseLong(text.substring(start));
    }

    /**
     * Accepts {@code seconds} within {@code toleranceSeconds} of {@code receivedAt}, boundaries
     * included, either side.
     *
     * @throws WebhookVerificationException TIMESTAMP_TOO_OLD or TIMESTAMP_IN_FUTURE
     */
    static void checkWindow(long seconds, Instant receivedAt, long toleranceSeconds) {
        long now = receivedAt.getEpochSecond();
        // seconds is in [0, 1e18] and |now| < 3.2e16 (the Instant range): no overflow.
        if (now - seconds > toleranceSeconds) {
            throw new WebhookVerificationException(
                    Reason.TIMESTAMP_TOO_OLD,
                    WebhookHeaders.STANDARD_TIMESTAMP
                            + " is "
                            + (now - seconds)
                            + " s old, more than the "
                            + toleranceSeconds
                            + " s tolerance: a replay, a long-delayed delivery, or a wrong clock");
        }
        if (seconds - now > toleranceSeconds) {
            boolean millis = Math.abs(seconds / 1000 - now) <= toleranceSeconds;
            throw new WebhookVerificationException(
                    Reason.TIMESTAMP_IN_FUTURE,
                    WebhookHeaders.STANDARD_TIMESTAMP
                            + " is more than the "
                            + toleranceSeconds
                            + " s tolerance in the future"
                            + (millis
                                    ? "; it looks like milliseconds, but must be Unix seconds"
                                    : ": check the clocks of sender and receiver"));
        }
    }
}
