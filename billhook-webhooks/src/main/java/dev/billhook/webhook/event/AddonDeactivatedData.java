package dev.billhook.webhook.event;

/**
 * Data of {@code addon.deactivated}, field for field as the Commet catalog defines {@code
 * AddonDeactivatedData}.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param addon the add-on
 * @param featureCode the feature code
 */
public record AddonDeactivatedData(
        String subscriptionId,
        String customerId,
        WebhookAddonRef addon,
        String featureCode) {}
