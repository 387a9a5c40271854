package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code subscription.reactivated}, field for field as the Commet catalog defines {@code
 * SubscriptionReactivatedData}. Money is integer cents; dates are the ISO-8601 strings as sent.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param status the subscription status, e.g. {@code active} (see SubscriptionStatus in the
 *     catalog)
 * @param currentPeriodStart ISO-8601 start of the current billing period (optional: null when
 *     absent)
 * @param currentPeriodEnd ISO-8601 end of the current billing period (optional: null when absent)
 * @param name the subscription display name (null when not applicable)
 * @param invoiceId the invoice
 * @param invoiceNumber the human-readable invoice number
 * @param invoiceTotal invoice total in integer cents
 * @param invoiceCurrency ISO 4217 currency code of the invoice
 * @param provider the payment provider that processed the charge
 */
public record SubscriptionReactivatedData(
        String subscriptionId,
        String customerId,
        String status,
        @Nullable String currentPeriodStart,
        @Nullable String currentPeriodEnd,
        @Nullable String name,
        String invoiceId,
        String invoiceNumber,
        long invoiceTotal,
        String invoiceCurrency,
        PaymentProvider provider) {
    /** {@link #currentPeriodStart()} as an instant, or null if absent. */
    public @Nullable Instant currentPeriodStartInstant() {
        return Timestamps.parseNullable(currentPeriodStart);
    }

    /** {@link #currentPeriodEnd()} as an instant, or null if absent. */
    public @Nullable Instant currentPeriodEndInstant() {
        return Timestamps.parseNullable(currentPeriodEnd);
    }
}
