package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code payment_link.canceled}, field for field as the Commet catalog defines {@code
 * PaymentLinkCanceledData}. Money is integer cents.
 *
 * @param paymentId the payment link
 * @param status the status as sent, a string because the catalog does not enumerate it
 * @param amount amount in integer cents
 * @param currency ISO 4217 currency code
 * @param description what the payment is for, as shown to the customer
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 *     (null when not applicable)
 */
public record PaymentLinkCanceledData(
        String paymentId,
        String status,
        long amount,
        String currency,
        String description,
        @Nullable String customerId) {}
