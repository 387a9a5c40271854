package dev.billhook.server.billing;

/**
 * A customer's subscription to a plan. Instants are epoch milliseconds on the organization's
 * billing clock ({@link BillingClock}); nullable ones are boxed.
 *
 * @param price cents charged per period (the plan's price for {@code interval} when it was chosen)
 * @param checkoutToken the secret part of this subscription's checkout (and recovery) URL
 * @param renewalsDecline the saved test card declines every renewal (card 4000000000000341)
 * @param currentPeriodStart null until the first payment
 * @param canceledAt when cancellation was requested (now, or earlier for a scheduled one)
 * @param endDate when access ends (period end for a scheduled cancellation)
 * @param failedRenewals failed charges of the open renewal invoice, for dunning
 */
public record Subscription(
        String id,
        String organizationId,
        String customerId,
        String planId,
        String name,
        SubscriptionStatus status,
        BillingInterval interval,
        long price,
        String checkoutToken,
        boolean renewalsDecline,
        long startDate,
        Long currentPeriodStart,
        Long currentPeriodEnd,
        boolean cancelAtPeriodEnd,
        Long canceledAt,
        String cancelReason,
        Long endDate,
        int failedRenewals,
        long createdAt,
        long updatedAt) {}
