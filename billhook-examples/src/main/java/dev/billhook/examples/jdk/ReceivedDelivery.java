package dev.billhook.examples.jdk;

import java.time.Duration;
import java.time.Instant;

/**
 * One delivery as {@link SampleReceiver} saw it, for printing and counting.
 *
 * <p>When {@code verified} is true, the event fields come from the signed body. When it is false
 * (bad signature, or no secret installed yet) they are copied from the unsigned {@code X-Commet-*}
 * headers, may be null, and must not be trusted for anything but display.
 *
 * @param receivedAt when the request arrived
 * @param eventType the event type, e.g. {@code subscription.activated}; null if unknown
 * @param eventId the event id; null if unknown
 * @param eventTimestamp when the event was emitted; null if unknown
 * @param status the HTTP status the receiver answered
 * @param verified whether the signature matched the body
 */
public record ReceivedDelivery(
        Instant receivedAt,
        String eventType,
        String eventId,
        Instant eventTimestamp,
        int status,
        boolean verified) {

    /** Time from emission to receipt, or null if the event timestamp is unknown. */
    public Duration latency() {
        return eventTimestamp == null ? null : Duration.between(eventTimestamp, receivedAt);
    }
}
