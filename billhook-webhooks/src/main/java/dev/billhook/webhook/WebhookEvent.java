package dev.billhook.webhook;

import dev.billhook.webhook.event.AddonActivatedEvent;
import dev.billhook.webhook.event.AddonDeactivatedEvent;
import dev.billhook.webhook.event.BalanceDepletedEvent;
import dev.billhook.webhook.event.BalanceLowEvent;
import dev.billhook.webhook.event.BalanceToppedUpEvent;
import dev.billhook.webhook.event.CheckoutReadyEvent;
import dev.billhook.webhook.event.CreditsDepletedEvent;
import dev.billhook.webhook.event.CreditsExpiredEvent;
import dev.billhook.webhook.event.CreditsGrantedEvent;
import dev.billhook.webhook.event.CreditsLowEvent;
import dev.billhook.webhook.event.CreditsPurchasedEvent;
import dev.billhook.webhook.event.CustomerCreatedEvent;
import dev.billhook.webhook.event.CustomerStateChangedEvent;
import dev.billhook.webhook.event.CustomerUpdatedEvent;
import dev.billhook.webhook.event.InvoiceCreatedEvent;
import dev.billhook.webhook.event.InvoiceOverdueEvent;
import dev.billhook.webhook.event.InvoiceUpcomingEvent;
import dev.billhook.webhook.event.InvoiceVoidedEvent;
import dev.billhook.webhook.event.PaymentDisputeResolvedEvent;
import dev.billhook.webhook.event.PaymentDisputedEvent;
import dev.billhook.webhook.event.PaymentFailedEvent;
import dev.billhook.webhook.event.PaymentLinkCanceledEvent;
import dev.billhook.webhook.event.PaymentLinkCompletedEvent;
import dev.billhook.webhook.event.PaymentLinkCreatedEvent;
import dev.billhook.webhook.event.PaymentLinkFailedEvent;
import dev.billhook.webhook.event.PaymentMethodAttachedEvent;
import dev.billhook.webhook.event.PaymentMethodUpdatedEvent;
import dev.billhook.webhook.event.PaymentReceivedEvent;
import dev.billhook.webhook.event.PaymentRecoveredEvent;
import dev.billhook.webhook.event.PaymentRefundedEvent;
import dev.billhook.webhook.event.PaymentRetryFailedEvent;
import dev.billhook.webhook.event.PayoutAvailableEvent;
import dev.billhook.webhook.event.PayoutCreatedEvent;
import dev.billhook.webhook.event.PayoutFailedEvent;
import dev.billhook.webhook.event.PayoutPaidEvent;
import dev.billhook.webhook.event.QuotaExceededEvent;
import dev.billhook.webhook.event.QuotaThresholdReachedEvent;
import dev.billhook.webhook.event.SeatsLimitReachedEvent;
import dev.billhook.webhook.event.SeatsUpdatedEvent;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;
import dev.billhook.webhook.event.SubscriptionCanceledEvent;
import dev.billhook.webhook.event.SubscriptionCancellationRevokedEvent;
import dev.billhook.webhook.event.SubscriptionCancellationScheduledEvent;
import dev.billhook.webhook.event.SubscriptionCreatedEvent;
import dev.billhook.webhook.event.SubscriptionPastDueEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangeRevokedEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangeScheduledEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangedEvent;
import dev.billhook.webhook.event.SubscriptionReactivatedEvent;
import dev.billhook.webhook.event.SubscriptionUpdatedEvent;
import dev.billhook.webhook.event.TrialCheckoutReadyEvent;
import dev.billhook.webhook.event.TrialConvertedEvent;
import dev.billhook.webhook.event.TrialExpiredEvent;
import dev.billhook.webhook.event.TrialStartedEvent;
import dev.billhook.webhook.event.TrialWillEndEvent;
import dev.billhook.webhook.event.UnknownEvent;
import dev.billhook.webhook.event.UsageRecordedEvent;

/**
 * A verified, parsed webhook event: the envelope plus typed data.
 *
 * <p>Every event type in the Commet catalog this SDK version was built from has its own record in
 * {@code dev.billhook.webhook.event}; types Commet adds later arrive as {@link UnknownEvent}, which
 * is never an error. All implementations are immutable records.
 *
 * <p>Sealed, so on Java 21 and later a pattern {@code switch} over the permitted records is checked
 * for exhaustiveness by the compiler. On Java 17, test with {@code instanceof} patterns and end with
 * {@code UnknownEvent}, or register typed handlers on {@link WebhookDispatcher#builder}. Upgrading
 * the SDK may add records (for types that were unknown before), so code that switches
 * exhaustively should expect to gain cases.
 */
public sealed interface WebhookEvent
        permits SubscriptionCreatedEvent,
                SubscriptionActivatedEvent,
                SubscriptionReactivatedEvent,
                SubscriptionCanceledEvent,
                SubscriptionUpdatedEvent,
                SubscriptionPlanChangedEvent,
                SubscriptionCancellationScheduledEvent,
                SubscriptionCancellationRevokedEvent,
                SubscriptionPlanChangeScheduledEvent,
                SubscriptionPlanChangeRevokedEvent,
                SubscriptionPastDueEvent,
                TrialStartedEvent,
                TrialConvertedEvent,
                TrialExpiredEvent,
                TrialWillEndEvent,
                TrialCheckoutReadyEvent,
                CheckoutReadyEvent,
                PaymentReceivedEvent,
                PaymentFailedEvent,
                PaymentRecoveredEvent,
                PaymentRetryFailedEvent,
                PaymentRefundedEvent,
                PaymentDisputedEvent,
                PaymentDisputeResolvedEvent,
                PaymentLinkCreatedEvent,
                PaymentLinkCompletedEvent,
                PaymentLinkFailedEvent,
                PaymentLinkCanceledEvent,
                InvoiceCreatedEvent,
                InvoiceVoidedEvent,
                InvoiceOverdueEvent,
                InvoiceUpcomingEvent,
                PaymentMethodAttachedEvent,
                PaymentMethodUpdatedEvent,
                CustomerCreatedEvent,
                CustomerUpdatedEvent,
                CustomerStateChangedEvent,
                CreditsGrantedEvent,
                CreditsPurchasedEvent,
                CreditsLowEvent,
                CreditsDepletedEvent,
                CreditsExpiredEvent,
                BalanceToppedUpEvent,
                BalanceLowEvent,
                BalanceDepletedEvent,
                QuotaThresholdReachedEvent,
                QuotaExceededEvent,
                SeatsUpdatedEvent,
                SeatsLimitReachedEvent,
                AddonActivatedEvent,
                AddonDeactivatedEvent,
                UsageRecordedEvent,
                PayoutAvailableEvent,
                PayoutCreatedEvent,
                PayoutPaidEvent,
                PayoutFailedEvent,
                UnknownEvent {

    /** The shared envelope fields. */
    Envelope envelope();

    /** The event id, for deduplication; null only if the sender omitted it. */
    default @Nullable String id() {
        return envelope().id();
    }

    /** The event type, e.g. {@code payment.received}. */
    default String type() {
        return envelope().type();
    }
}
