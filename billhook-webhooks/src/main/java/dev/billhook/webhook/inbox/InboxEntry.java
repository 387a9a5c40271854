package dev.billhook.webhook.inbox;

import dev.billhook.webhook.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * One verified delivery, claimed from a {@link WebhookInbox} for processing.
 *
 * @param id the inbox's own id for the entry (not the event id: the same event delivered twice is
 *     two entries)
 * @param claimToken identifies this claim; {@link WebhookInbox#complete} and the others act only
 *     while it is current
 * @param body the verified body bytes, exactly as they were verified; the array is shared, do not
 *     modify it
 * @param eventId the envelope's {@code id}, or null if the body had none
 * @param receivedAt when the delivery reached the receiver
 * @param attempts how many times the entry has been claimed, this claim included (so at least 1); a
 *     claim whose owner crashed counts, so a body that crashes the process cannot loop forever
 */
public record InboxEntry(
        String id,
        String claimToken,
        byte[] body,
        @Nullable String eventId,
        Instant receivedAt,
        int attempts) {

    /**
     * @throws NullPointerException if any component but {@code eventId} is null
     */
    public InboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimToken, "claimToken");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Never includes the body. */
    @Override
    public String toString() {
        return "InboxEntry[id=" + id + ", eventId=" + eventId + ", attempts=" + attempts + "]";
    }
}
