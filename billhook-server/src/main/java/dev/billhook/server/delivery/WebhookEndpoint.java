package dev.billhook.server.delivery;

import java.util.List;

/**
 * A stored webhook endpoint as the API shows it: everything but the secret, which leaves the
 * server once, in the answer to its creation.
 *
 * @param description null when none was given
 * @param apiVersion null when none was given
 * @param createdAt epoch milliseconds
 */
public record WebhookEndpoint(
        String id,
        String organizationId,
        String url,
        List<String> events,
        String description,
        boolean active,
        String apiVersion,
        long createdAt) {

    public WebhookEndpoint {
        events = List.copyOf(events);
    }
}
