package dev.billhook.server.billing;

/**
 * A subscription with what it takes to show it: its customer, its plan, the billing now it was
 * read at (for days remaining), and the checkout URL when a payment is awaited.
 *
 * @param checkoutUrl the first-payment URL while {@code pending_payment}, the recovery URL while
 *     {@code past_due}, else null
 */
public record SubscriptionDetail(Subscription subscription, Customer customer, Plan plan, long now, String checkoutUrl) {}
