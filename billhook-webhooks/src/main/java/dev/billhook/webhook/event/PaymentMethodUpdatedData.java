package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code payment_method.updated}, field for field as the Commet catalog defines {@code
 * PaymentMethodUpdatedData}.
 *
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param card the card now on file (null when not applicable)
 */
public record PaymentMethodUpdatedData(
        String customerId,
        @Nullable WebhookCardInfo card) {}
