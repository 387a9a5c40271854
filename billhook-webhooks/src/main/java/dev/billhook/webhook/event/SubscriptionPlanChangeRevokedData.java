package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Data of {@code subscription.plan_change_revoked}, field for field as the Commet catalog defines
 * {@code SubscriptionPlanChangeRevokedData}.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param status the subscription status, e.g. {@code active} (see SubscriptionStatus in the
 *     catalog)
 * @param currentPlan the plan in force now
 * @param revokedPlan the plan change that was withdrawn
 * @param billingInterval the billing interval, e.g. {@code monthly} or {@code yearly} (null when
 *     not applicable)
 * @param revokedBillingInterval the billing interval of the withdrawn change (null when not
 *     applicable)
 */
public record SubscriptionPlanChangeRevokedData(
        String subscriptionId,
        String customerId,
        String status,
        WebhookPlanRef currentPlan,
        WebhookPlanRef revokedPlan,
        @Nullable String billingInterval,
        @Nullable String revokedBillingInterval) {}
