package dev.billhook.webhook.event;

/**
 * Data of {@code trial.checkout_ready}, field for field as the Commet catalog defines {@code
 * TrialCheckoutReadyData}. Money is integer cents.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param planName the plan display name
 * @param trialDays length of the trial in days
 * @param checkoutUrl the checkout page to send the customer to
 */
public record TrialCheckoutReadyData(
        String subscriptionId,
        String customerId,
        String planName,
        long trialDays,
        String checkoutUrl) {}
