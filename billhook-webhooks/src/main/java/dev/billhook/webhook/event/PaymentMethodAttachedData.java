package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code payment_method.attached}, field for field as the Commet catalog defines {@code
 * PaymentMethodAttachedData}.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param card the card attached (null when not applicable)
 */
public record PaymentMethodAttachedData(
        String subscriptionId,
        String customerId,
        @Nullable WebhookCardInfo card) {}
