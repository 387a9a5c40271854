package dev.billhook.webhook.event;

/**
 * A reference to a plan inside event data, as the catalog's {@code WebhookPlanRef}.
 *
 * @param id the plan id
 * @param name the plan display name
 */
public record WebhookPlanRef(String id, String name) {}
