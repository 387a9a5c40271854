package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code subscription.plan_changed}, field for field as the Commet catalog defines {@code
 * SubscriptionPlanChangedData}. Money is integer cents; dates are the ISO-8601 strings as sent.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param previousPlan the plan before the change
 * @param currentPlan the plan after the change
 * @param billingInterval the billing interval after the change (null when not applicable)
 * @param credit proration credit for the unused part of the previous plan, integer cents
 * @param charge proration charge for the new plan, integer cents
 * @param totalCharged amount actually charged for the change, integer cents
 */
public record SubscriptionPlanChangedData(
        String subscriptionId,
        String customerId,
        WebhookPlanRef previousPlan,
        WebhookPlanRef currentPlan,
        @Nullable String billingInterval,
        long credit,
        long charge,
        long totalCharged) {}
