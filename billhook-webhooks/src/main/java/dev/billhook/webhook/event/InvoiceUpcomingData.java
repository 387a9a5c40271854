package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code invoice.upcoming}, field for field as the Commet catalog defines {@code
 * InvoiceUpcomingData}. Dates are the ISO-8601 strings as sent.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param status the subscription status, e.g. {@code active} (see SubscriptionStatus in the
 *     catalog)
 * @param planId the plan
 * @param planName the plan display name
 * @param billingInterval the billing interval, e.g. {@code monthly} or {@code yearly} (null when
 *     not applicable)
 * @param currentPeriodEnd ISO-8601 end of the current period, when the invoice comes
 */
public record InvoiceUpcomingData(
        String subscriptionId,
        String customerId,
        String status,
        String planId,
        String planName,
        @Nullable String billingInterval,
        String currentPeriodEnd) {
    /** {@link #currentPeriodEnd()} as an instant. */
    public Instant currentPeriodEndInstant() {
        return Timestamps.parse(currentPeriodEnd);
    }
}
