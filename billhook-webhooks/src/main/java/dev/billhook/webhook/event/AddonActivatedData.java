package dev.billhook.webhook.event;

/**
 * Data of {@code addon.activated}, field for field as the Commet catalog defines {@code
 * AddonActivatedData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param addon the add-on
 * @param featureCode the feature code
 * @param proratedPrice price charged for the rest of the period, integer cents
 * @param currency ISO 4217 currency code
 */
public record AddonActivatedData(
        String subscriptionId,
        String customerId,
        WebhookAddonRef addon,
        String featureCode,
        long proratedPrice,
        String currency) {}
