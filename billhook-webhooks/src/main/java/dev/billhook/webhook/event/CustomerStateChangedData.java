package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

import java.util.List;

/**
 * Data of {@code customer.state_changed}, field for field as the Commet catalog defines {@code
 * CustomerStateChangedData}.
 *
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param trigger what caused the change, e.g. the event type that led to it
 * @param status the subscription status after the change, e.g. {@code active}
 * @param subscriptionId the subscription (null when not applicable)
 * @param plan the current plan (null when not applicable)
 * @param billingInterval the billing interval, e.g. {@code monthly} or {@code yearly} (null when
 *     not applicable)
 * @param consumptionModel how the plan bills consumption (null when not applicable)
 * @param features access to each feature, as an unmodifiable list
 * @param seats seat counts per seat-based feature, as an unmodifiable list
 * @param credits the credit balance, for credit-based plans (null when not applicable)
 * @param balance the prepaid balance, for balance-based plans (null when not applicable)
 */
public record CustomerStateChangedData(
        String customerId,
        String trigger,
        String status,
        @Nullable String subscriptionId,
        @Nullable WebhookPlanRef plan,
        @Nullable String billingInterval,
        @Nullable String consumptionModel,
        List<WebhookFeatureAccess> features,
        List<WebhookSeatSummary> seats,
        @Nullable WebhookCreditsBalance credits,
        @Nullable WebhookBalance balance) {
    /** Copies the collections, so the record stays immutable. */
    public CustomerStateChangedData {
        features = List.copyOf(features);
        seats = List.copyOf(seats);
    }
}
