package dev.billhook.webhook.event;

import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;

/**
 * Data of {@code trial.will_end}, field for field as the Commet catalog defines {@code
 * TrialWillEndData}. Dates are the ISO-8601 strings as sent.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer's {@code externalId} when one was given, else Commet's customer id
 * @param status the subscription status, e.g. {@code active} (see SubscriptionStatus in the
 *     catalog)
 * @param planId the plan
 * @param planName the plan display name
 * @param trialEndsAt ISO-8601 instant the trial ends
 */
public record TrialWillEndData(
        String subscriptionId,
        String customerId,
        String status,
        String planId,
        String planName,
        String trialEndsAt) {
    /** {@link #trialEndsAt()} as an instant. */
    public Instant trialEndsAtInstant() {
        return Timestamps.parse(trialEndsAt);
    }
}
