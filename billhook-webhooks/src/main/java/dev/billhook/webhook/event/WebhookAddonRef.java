package dev.billhook.webhook.event;

/**
 * A reference to an add-on inside event data, as the catalog's {@code WebhookAddonRef}.
 *
 * @param id the add-on id
 * @param name the add-on display name
 */
public record WebhookAddonRef(
        String id,
        String name) {}
