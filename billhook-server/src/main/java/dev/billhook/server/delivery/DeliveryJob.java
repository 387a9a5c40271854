package dev.billhook.server.delivery;

import java.nio.charset.StandardCharsets;

/**
 * A claimed delivery with everything one attempt needs. The payload is the event's stored body,
 * so every attempt sends the same bytes. Holds the endpoint secret: never log a job whole.
 *
 * @param leaseOwner the token this claim holds the row with; recording the attempt checks it
 * @param attemptsMade attempts already recorded before this one
 * @param eventCreatedAt the envelope's timestamp, epoch milliseconds
 */
record DeliveryJob(
        String deliveryId,
        String organizationId,
        String leaseOwner,
        int attemptsMade,
        String eventId,
        String eventType,
        long eventCreatedAt,
        String payload,
        String endpointId,
        String url,
        String secret) {

    byte[] body() {
        return payload.getBytes(StandardCharsets.UTF_8);
    }

    boolean isTest() {
        return EventTypes.TEST.equals(eventType);
    }

    @Override
    public String toString() {
        return "DeliveryJob[deliveryId=" + deliveryId + ", eventId=" + eventId + ", endpointId=" + endpointId + "]";
    }
}
