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
import dev.billhook.webhook.event.UsageRecordedEvent;

import java.util.Objects;

/**
 * One registration method per typed event, named after the event ({@code payment.failed} is
 * {@link #onPaymentFailed}), so a handler receives its event's own record and the compiler checks
 * the fields it reads. Every method is shorthand for {@link #on(String, EventHandler)} with the
 * event's type; the same rule applies: one handler per type.
 *
 * <p>Kept apart from {@link WebhookDispatcher.Builder} because it grows with the catalog, one
 * method per event type, while the builder's own options do not.
 *
 * @param <B> the builder type, returned for chaining
 */
public abstract class TypedHandlers<B extends TypedHandlers<B>> {
    TypedHandlers() {}

    /**
     * Handles events of {@code type}, typed or not.
     *
     * @throws IllegalStateException if {@code type} already has a handler
     */
    public abstract B on(String type, EventHandler<WebhookEvent> handler);

    /** {@code subscription.created}. */
    public B onSubscriptionCreated(EventHandler<SubscriptionCreatedEvent> handler) {
        return typed(SubscriptionCreatedEvent.TYPE, SubscriptionCreatedEvent.class, handler);
    }

    /** {@code subscription.activated}. */
    public B onSubscriptionActivated(EventHandler<SubscriptionActivatedEvent> handler) {
        return typed(SubscriptionActivatedEvent.TYPE, SubscriptionActivatedEvent.class, handler);
    }

    /** {@code subscription.reactivated}. */
    public B onSubscriptionReactivated(EventHandler<SubscriptionReactivatedEvent> handler) {
        return typed(
                SubscriptionReactivatedEvent.TYPE, SubscriptionReactivatedEvent.class, handler);
    }

    /** {@code subscription.canceled}. */
    public B onSubscriptionCanceled(EventHandler<SubscriptionCanceledEvent> handler) {
        return typed(SubscriptionCanceledEvent.TYPE, SubscriptionCanceledEvent.class, handler);
    }

    /** {@code subscription.updated}. */
    public B onSubscriptionUpdated(EventHandler<SubscriptionUpdatedEvent> handler) {
        return typed(SubscriptionUpdatedEvent.TYPE, SubscriptionUpdatedEvent.class, handler);
    }

    /** {@code subscription.plan_changed}. */
    public B onSubscriptionPlanChanged(EventHandler<SubscriptionPlanChangedEvent> handler) {
        return typed(
                SubscriptionPlanChangedEvent.TYPE, SubscriptionPlanChangedEvent.class, handler);
    }

    /** {@code subscription.cancellation_scheduled}. */
    public B onSubscriptionCancellationScheduled(
            EventHandler<SubscriptionCancellationScheduledEvent> handler) {
        return typed(
                SubscriptionCancellationScheduledEvent.TYPE, SubscriptionCancellationScheduledEvent.class, handler);
    }

    /** {@code subscription.cancellation_revoked}. */
    public B onSubscriptionCancellationRevoked(
            EventHandler<SubscriptionCancellationRevokedEvent> handler) {
        return typed(
                SubscriptionCancellationRevokedEvent.TYPE, SubscriptionCancellationRevokedEvent.class, handler);
    }

    /** {@code subscription.plan_change_scheduled}. */
    public B onSubscriptionPlanChangeScheduled(
            EventHandler<SubscriptionPlanChangeScheduledEvent> handler) {
        return typed(
                SubscriptionPlanChangeScheduledEvent.TYPE, SubscriptionPlanChangeScheduledEvent.class, handler);
    }

    /** {@code subscription.plan_change_revoked}. */
    public B onSubscriptionPlanChangeRevoked(
            EventHandler<SubscriptionPlanChangeRevokedEvent> handler) {
        return typed(
                SubscriptionPlanChangeRevokedEvent.TYPE, SubscriptionPlanChangeRevokedEvent.class, handler);
    }

    /** {@code subscription.past_due}. */
    public B onSubscriptionPastDue(EventHandler<SubscriptionPastDueEvent> handler) {
        return typed(SubscriptionPastDueEvent.TYPE, SubscriptionPastDueEvent.class, handler);
    }

    /** {@code trial.started}. */
    public B onTrialStarted(EventHandler<TrialStartedEvent> handler) {
        return typed(TrialStartedEvent.TYPE, TrialStartedEvent.class, handler);
    }

    /** {@code trial.converted}. */
    public B onTrialConverted(EventHandler<TrialConvertedEvent> handler) {
        return typed(TrialConvertedEvent.TYPE, TrialConvertedEvent.class, handler);
    }

    /** {@code trial.expired}. */
    public B onTrialExpired(EventHandler<TrialExpiredEvent> handler) {
        return typed(TrialExpiredEvent.TYPE, TrialExpiredEvent.class, handler);
    }

    /** {@code trial.will_end}. */
    public B onTrialWillEnd(EventHandler<TrialWillEndEvent> handler) {
        return typed(TrialWillEndEvent.TYPE, TrialWillEndEvent.class, handler);
    }

    /** {@code trial.checkout_ready}. */
    public B onTrialCheckoutReady(EventHandler<TrialCheckoutReadyEvent> handler) {
        return typed(TrialCheckoutReadyEvent.TYPE, TrialCheckoutReadyEvent.class, handler);
    }

    /** {@code checkout.ready}. */
    public B onCheckoutReady(EventHandler<CheckoutReadyEvent> handler) {
        return typed(CheckoutReadyEvent.TYPE, CheckoutReadyEvent.class, handler);
    }

    /** {@code payment.received}. */
    public B onPaymentReceived(EventHandler<PaymentReceivedEvent> handler) {
        return typed(PaymentReceivedEvent.TYPE, PaymentReceivedEvent.class, handler);
    }

    /** {@code payment.failed}. */
    public B onPaymentFailed(EventHandler<PaymentFailedEvent> handler) {
        return typed(PaymentFailedEvent.TYPE, PaymentFailedEvent.class, handler);
    }

    /** {@code payment.recovered}. */
    public B onPaymentRecovered(EventHandler<PaymentRecoveredEvent> handler) {
        return typed(PaymentRecoveredEvent.TYPE, PaymentRecoveredEvent.class, handler);
    }

    /** {@code payment.retry_failed}. */
    public B onPaymentRetryFailed(EventHandler<PaymentRetryFailedEvent> handler) {
        return typed(PaymentRetryFailedEvent.TYPE, PaymentRetryFailedEvent.class, handler);
    }

    /** {@code payment.refunded}. */
    public B onPaymentRefunded(EventHandler<PaymentRefundedEvent> handler) {
        return typed(PaymentRefundedEvent.TYPE, PaymentRefundedEvent.class, handler);
    }

    /** {@code payment.disputed}. */
    public B onPaymentDisputed(EventHandler<PaymentDisputedEvent> handler) {
        return typed(PaymentDisputedEvent.TYPE, PaymentDisputedEvent.class, handler);
    }

    /** {@code payment.dispute_resolved}. */
    public B onPaymentDisputeResolved(EventHandler<PaymentDisputeResolvedEvent> handler) {
        return typed(PaymentDisputeResolvedEvent.TYPE, PaymentDisputeResolvedEvent.class, handler);
    }

    /** {@code payment_link.created}. */
    public B onPaymentLinkCreated(EventHandler<PaymentLinkCreatedEvent> handler) {
        return typed(PaymentLinkCreatedEvent.TYPE, PaymentLinkCreatedEvent.class, handler);
    }

    /** {@code payment_link.completed}. */
    public B onPaymentLinkCompleted(EventHandler<PaymentLinkCompletedEvent> handler) {
        return typed(PaymentLinkCompletedEvent.TYPE, PaymentLinkCompletedEvent.class, handler);
    }

    /** {@code payment_link.failed}. */
    public B onPaymentLinkFailed(EventHandler<PaymentLinkFailedEvent> handler) {
        return typed(PaymentLinkFailedEvent.TYPE, PaymentLinkFailedEvent.class, handler);
    }

    /** {@code payment_link.canceled}. */
    public B onPaymentLinkCanceled(EventHandler<PaymentLinkCanceledEvent> handler) {
        return typed(PaymentLinkCanceledEvent.TYPE, PaymentLinkCanceledEvent.class, handler);
    }

    /** {@code invoice.created}. */
    public B onInvoiceCreated(EventHandler<InvoiceCreatedEvent> handler) {
        return typed(InvoiceCreatedEvent.TYPE, InvoiceCreatedEvent.class, handler);
    }

    /** {@code invoice.voided}. */
    public B onInvoiceVoided(EventHandler<InvoiceVoidedEvent> handler) {
        return typed(InvoiceVoidedEvent.TYPE, InvoiceVoidedEvent.class, handler);
    }

    /** {@code invoice.overdue}. */
    public B onInvoiceOverdue(EventHandler<InvoiceOverdueEvent> handler) {
        return typed(InvoiceOverdueEvent.TYPE, InvoiceOverdueEvent.class, handler);
    }

    /** {@code invoice.upcoming}. */
    public B onInvoiceUpcoming(EventHandler<InvoiceUpcomingEvent> handler) {
        return typed(InvoiceUpcomingEvent.TYPE, InvoiceUpcomingEvent.class, handler);
    }

    /** {@code payment_method.attached}. */
    public B onPaymentMethodAttached(EventHandler<PaymentMethodAttachedEvent> handler) {
        return typed(PaymentMethodAttachedEvent.TYPE, PaymentMethodAttachedEvent.class, handler);
    }

    /** {@code payment_method.updated}. */
    public B onPaymentMethodUpdated(EventHandler<PaymentMethodUpdatedEvent> handler) {
        return typed(PaymentMethodUpdatedEvent.TYPE, PaymentMethodUpdatedEvent.class, handler);
    }

    /** {@code customer.created}. */
    public B onCustomerCreated(EventHandler<CustomerCreatedEvent> handler) {
        return typed(CustomerCreatedEvent.TYPE, CustomerCreatedEvent.class, handler);
    }

    /** {@code customer.updated}. */
    public B onCustomerUpdated(EventHandler<CustomerUpdatedEvent> handler) {
        return typed(CustomerUpdatedEvent.TYPE, CustomerUpdatedEvent.class, handler);
    }

    /** {@code customer.state_changed}. */
    public B onCustomerStateChanged(EventHandler<CustomerStateChangedEvent> handler) {
        return typed(CustomerStateChangedEvent.TYPE, CustomerStateChangedEvent.class, handler);
    }

    /** {@code credits.granted}. */
    public B onCreditsGranted(EventHandler<CreditsGrantedEvent> handler) {
        return typed(CreditsGrantedEvent.TYPE, CreditsGrantedEvent.class, handler);
    }

    /** {@code credits.purchased}. */
    public B onCreditsPurchased(EventHandler<CreditsPurchasedEvent> handler) {
        return typed(CreditsPurchasedEvent.TYPE, CreditsPurchasedEvent.class, handler);
    }

    /** {@code credits.low}. */
    public B onCreditsLow(EventHandler<CreditsLowEvent> handler) {
        return typed(CreditsLowEvent.TYPE, CreditsLowEvent.class, handler);
    }

    /** {@code credits.depleted}. */
    public B onCreditsDepleted(EventHandler<CreditsDepletedEvent> handler) {
        return typed(CreditsDepletedEvent.TYPE, CreditsDepletedEvent.class, handler);
    }

    /** {@code credits.expired}. */
    public B onCreditsExpired(EventHandler<CreditsExpiredEvent> handler) {
        return typed(CreditsExpiredEvent.TYPE, CreditsExpiredEvent.class, handler);
    }

    /** {@code balance.topped_up}. */
    public B onBalanceToppedUp(EventHandler<BalanceToppedUpEvent> handler) {
        return typed(BalanceToppedUpEvent.TYPE, BalanceToppedUpEvent.class, handler);
    }

    /** {@code balance.low}. */
    public B onBalanceLow(EventHandler<BalanceLowEvent> handler) {
        return typed(BalanceLowEvent.TYPE, BalanceLowEvent.class, handler);
    }

    /** {@code balance.depleted}. */
    public B onBalanceDepleted(EventHandler<BalanceDepletedEvent> handler) {
        return typed(BalanceDepletedEvent.TYPE, BalanceDepletedEvent.class, handler);
    }

    /** {@code quota.threshold_reached}. */
    public B onQuotaThresholdReached(EventHandler<QuotaThresholdReachedEvent> handler) {
        return typed(QuotaThresholdReachedEvent.TYPE, QuotaThresholdReachedEvent.class, handler);
    }

    /** {@code quota.exceeded}. */
    public B onQuotaExceeded(EventHandler<QuotaExceededEvent> handler) {
        return typed(QuotaExceededEvent.TYPE, QuotaExceededEvent.class, handler);
    }

    /** {@code seats.updated}. */
    public B onSeatsUpdated(EventHandler<SeatsUpdatedEvent> handler) {
        return typed(SeatsUpdatedEvent.TYPE, SeatsUpdatedEvent.class, handler);
    }

    /** {@code seats.limit_reached}. */
    public B onSeatsLimitReached(EventHandler<SeatsLimitReachedEvent> handler) {
        return typed(SeatsLimitReachedEvent.TYPE, SeatsLimitReachedEvent.class, handler);
    }

    /** {@code addon.activated}. */
    public B onAddonActivated(EventHandler<AddonActivatedEvent> handler) {
        return typed(AddonActivatedEvent.TYPE, AddonActivatedEvent.class, handler);
    }

    /** {@code addon.deactivated}. */
    public B onAddonDeactivated(EventHandler<AddonDeactivatedEvent> handler) {
        return typed(AddonDeactivatedEvent.TYPE, AddonDeactivatedEvent.class, handler);
    }

    /** {@code usage.recorded}. */
    public B onUsageRecorded(EventHandler<UsageRecordedEvent> handler) {
        return typed(UsageRecordedEvent.TYPE, UsageRecordedEvent.class, handler);
    }

    /** {@code payout.available}. */
    public B onPayoutAvailable(EventHandler<PayoutAvailableEvent> handler) {
        return typed(PayoutAvailableEvent.TYPE, PayoutAvailableEvent.class, handler);
    }

    /** {@code payout.created}. */
    public B onPayoutCreated(EventHandler<PayoutCreatedEvent> handler) {
        return typed(PayoutCreatedEvent.TYPE, PayoutCreatedEvent.class, handler);
    }

    /** {@code payout.paid}. */
    public B onPayoutPaid(EventHandler<PayoutPaidEvent> handler) {
        return typed(PayoutPaidEvent.TYPE, PayoutPaidEvent.class, handler);
    }

    /** {@code payout.failed}. */
    public B onPayoutFailed(EventHandler<PayoutFailedEvent> handler) {
        return typed(PayoutFailedEvent.TYPE, PayoutFailedEvent.class, handler);
    }

    private <E extends WebhookEvent> B typed(
            String type, Class<E> eventClass, EventHandler<E> handler) {
        Objects.requireNonNull(handler, "handler");
        // The registry maps this type to this record, so the cast cannot fail.
        return on(type, event -> handler.handle(eventClass.cast(event)));
    }
}
