package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code subscription.plan_change_scheduled}, field for field as the Commet catalog defines
 * {@code SubscriptionPlanChangeScheduledData}. Dates are the ISO-8601 strings as sent.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param status the subscription status, e.g. {@code active} (see SubscriptionStatus in the
 *     catalog)
 * @param currentPlan the plan in force now
 * @param scheduledPlan the plan that takes over at {@code effectiveAt}
 * @param billingInterval the billing interval, e.g. {@code monthly} or {@code yearly} (null when
 *     not applicable)
 * @param scheduledBillingInterval the billing interval that takes over at {@code effectiveAt} (null
 *     when not applicable)
 * @param effectiveAt ISO-8601 instant the change takes effect
 */
public record SubscriptionPlanChangeScheduledData(
        String subscriptionId,
        String customerId,
        String status,
        WebhookPlanRef currentPlan,
        WebhookPlanRef scheduledPlan,
        @Nullable String billingInterval,
        @Nullable String scheduledBillingInterval,
        String effectiveAt) {
    /** {@link #effectiveAt()} as an instant. */
    public Instant effectiveAtInstant() {
        return Timestamps.parse(effectiveAt);
    }
}
