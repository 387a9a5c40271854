package dev.billhook.webhook.event;

/**
 * Data of {@code trial.converted}, field for field as the Commet catalog defines {@code
 * TrialConvertedData}.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param status the subscription status, e.g. {@code active} (see SubscriptionStatus in the
 *     catalog)
 * @param planId the plan
 * @param planName the plan display name
 */
public record TrialConvertedData(
        String subscriptionId,
        String customerId,
        String status,
        String planId,
        String planName) {}
