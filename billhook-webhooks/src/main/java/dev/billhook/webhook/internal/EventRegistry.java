package dev.billhook.webhook.internal;

import static java.util.Map.entry;

import com.fasterxml.jackson.core.JsonParser;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.event.AddonActivatedData;
import dev.billhook.webhook.event.AddonActivatedEvent;
import dev.billhook.webhook.event.AddonDeactivatedData;
import dev.billhook.webhook.event.AddonDeactivatedEvent;
import dev.billhook.webhook.event.BalanceDepletedData;
import dev.billhook.webhook.event.BalanceDepletedEvent;
import dev.billhook.webhook.event.BalanceLowData;
import dev.billhook.webhook.event.BalanceLowEvent;
import dev.billhook.webhook.event.BalanceToppedUpData;
import dev.billhook.webhook.event.BalanceToppedUpEvent;
import dev.billhook.webhook.event.CheckoutReadyData;
import dev.billhook.webhook.event.CheckoutReadyEvent;
import dev.billhook.webhook.event.CreditsDepletedData;
import dev.billhook.webhook.event.CreditsDepletedEvent;
import dev.billhook.webhook.event.CreditsExpiredData;
import dev.billhook.webhook.event.CreditsExpiredEvent;
import dev.billhook.webhook.event.CreditsGrantedData;
import dev.billhook.webhook.event.CreditsGrantedEvent;
import dev.billhook.webhook.event.CreditsLowData;
import dev.billhook.webhook.event.CreditsLowEvent;
import dev.billhook.webhook.event.CreditsPurchasedData;
import dev.billhook.webhook.event.CreditsPurchasedEvent;
import dev.billhook.webhook.event.CustomerCreatedData;
import dev.billhook.webhook.event.CustomerCreatedEvent;
import dev.billhook.webhook.event.CustomerStateChangedData;
import dev.billhook.webhook.event.CustomerStateChangedEvent;
import dev.billhook.webhook.event.CustomerUpdatedData;
import dev.billhook.webhook.event.CustomerUpdatedEvent;
import dev.billhook.webhook.event.InvoiceCreatedData;
import dev.billhook.webhook.event.InvoiceCreatedEvent;
import dev.billhook.webhook.event.InvoiceOverdueData;
import dev.billhook.webhook.event.InvoiceOverdueEvent;
import dev.billhook.webhook.event.InvoiceUpcomingData;
import dev.billhook.webhook.event.InvoiceUpcomingEvent;
import dev.billhook.webhook.event.InvoiceVoidedData;
import dev.billhook.webhook.event.InvoiceVoidedEvent;
import dev.billhook.webhook.event.PaymentDisputeResolvedData;
import dev.billhook.webhook.event.PaymentDisputeResolvedEvent;
import dev.billhook.webhook.event.PaymentDisputedData;
import dev.billhook.webhook.event.PaymentDisputedEvent;
import dev.billhook.webhook.event.PaymentFailedData;
import dev.billhook.webhook.event.PaymentFailedEvent;
import dev.billhook.webhook.event.PaymentLinkCanceledData;
import dev.billhook.webhook.event.PaymentLinkCanceledEvent;
import dev.billhook.webhook.event.PaymentLinkCompletedData;
import dev.billhook.webhook.event.PaymentLinkCompletedEvent;
import dev.billhook.webhook.event.PaymentLinkCreatedData;
import dev.billhook.webhook.event.PaymentLinkCreatedEvent;
import dev.billhook.webhook.event.PaymentLinkFailedData;
import dev.billhook.webhook.event.PaymentLinkFailedEvent;
import dev.billhook.webhook.event.PaymentMethodAttachedData;
import dev.billhook.webhook.event.PaymentMethodAttachedEvent;
import dev.billhook.webhook.event.PaymentMethodUpdatedData;
import dev.billhook.webhook.event.PaymentMethodUpdatedEvent;
import dev.billhook.webhook.event.PaymentReceivedData;
import dev.billhook.webhook.event.PaymentReceivedEvent;
import dev.billhook.webhook.event.PaymentRecoveredData;
import dev.billhook.webhook.event.PaymentRecoveredEvent;
import dev.billhook.webhook.event.PaymentRefundedData;
import dev.billhook.webhook.event.PaymentRefundedEvent;
import dev.billhook.webhook.event.PaymentRetryFailedData;
import dev.billhook.webhook.event.PaymentRetryFailedEvent;
import dev.billhook.webhook.event.PayoutAvailableData;
import dev.billhook.webhook.event.PayoutAvailableEvent;
import dev.billhook.webhook.event.PayoutCreatedData;
import dev.billhook.webhook.event.PayoutCreatedEvent;
import dev.billhook.webhook.event.PayoutFailedData;
import dev.billhook.webhook.event.PayoutFailedEvent;
import dev.billhook.webhook.event.PayoutPaidData;
import dev.billhook.webhook.event.PayoutPaidEvent;
import dev.billhook.webhook.event.QuotaExceededData;
import dev.billhook.webhook.event.QuotaExceededEvent;
import dev.billhook.webhook.event.QuotaThresholdReachedData;
import dev.billhook.webhook.event.QuotaThresholdReachedEvent;
import dev.billhook.webhook.event.SeatsLimitReachedData;
import dev.billhook.webhook.event.SeatsLimitReachedEvent;
import dev.billhook.webhook.event.SeatsUpdatedData;
import dev.billhook.webhook.event.SeatsUpdatedEvent;
import dev.billhook.webhook.event.SubscriptionActivatedData;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;
import dev.billhook.webhook.event.SubscriptionCanceledData;
import dev.billhook.webhook.event.SubscriptionCanceledEvent;
import dev.billhook.webhook.event.SubscriptionCancellationRevokedData;
import dev.billhook.webhook.event.SubscriptionCancellationRevokedEvent;
import dev.billhook.webhook.event.SubscriptionCancellationScheduledData;
import dev.billhook.webhook.event.SubscriptionCancellationScheduledEvent;
import dev.billhook.webhook.event.SubscriptionCreatedData;
import dev.billhook.webhook.event.SubscriptionCreatedEvent;
import dev.billhook.webhook.event.SubscriptionPastDueData;
import dev.billhook.webhook.event.SubscriptionPastDueEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangeRevokedData;
import dev.billhook.webhook.event.SubscriptionPlanChangeRevokedEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangeScheduledData;
import dev.billhook.webhook.event.SubscriptionPlanChangeScheduledEvent;
import dev.billhook.webhook.event.SubscriptionPlanChangedData;
import dev.billhook.webhook.event.SubscriptionPlanChangedEvent;
import dev.billhook.webhook.event.SubscriptionReactivatedData;
import dev.billhook.webhook.event.SubscriptionReactivatedEvent;
import dev.billhook.webhook.event.SubscriptionUpdatedData;
import dev.billhook.webhook.event.SubscriptionUpdatedEvent;
import dev.billhook.webhook.event.TrialCheckoutReadyData;
import dev.billhook.webhook.event.TrialCheckoutReadyEvent;
import dev.billhook.webhook.event.TrialConvertedData;
import dev.billhook.webhook.event.TrialConvertedEvent;
import dev.billhook.webhook.event.TrialExpiredData;
import dev.billhook.webhook.event.TrialExpiredEvent;
import dev.billhook.webhook.event.TrialStartedData;
import dev.billhook.webhook.event.TrialStartedEvent;
import dev.billhook.webhook.event.TrialWillEndData;
import dev.billhook.webhook.event.TrialWillEndEvent;
import dev.billhook.webhook.event.UnknownEvent;
import dev.billhook.webhook.event.UsageRecordedData;
import dev.billhook.webhook.event.UsageRecordedEvent;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Which event types have typed data, and how to build each one: every event type of the catalog
 * this SDK was built from. Any other type (one Commet added later) becomes an {@link UnknownEvent}.
 * The catalog conformance test fails if this table and the catalog disagree.
 */
public final class EventRegistry {
    private record Binding<D extends Record>(
            RecordBinder<D> binder, BiFunction<Envelope, D, WebhookEvent> factory) {

        WebhookEvent create(Envelope envelope, Object data) {
            return factory.apply(envelope, binder.type().cast(data));
        }
    }

    /** One entry per typed event, listed in catalog order. */
    private static final Map<String, Binding<?>> BINDINGS =
            Map.ofEntries(
                    entry(
                            SubscriptionCreatedEvent.TYPE,
                            bind(SubscriptionCreatedData.class, SubscriptionCreatedEvent::new)),
                    entry(
                            SubscriptionActivatedEvent.TYPE,
                            bind(SubscriptionActivatedData.class, SubscriptionActivatedEvent::new)),
                    entry(
                            SubscriptionReactivatedEvent.TYPE,
                            bind(SubscriptionReactivatedData.class, SubscriptionReactivatedEvent::new)),
                    entry(
                            SubscriptionCanceledEvent.TYPE,
                            bind(SubscriptionCanceledData.class, SubscriptionCanceledEvent::new)),
                    entry(
                            SubscriptionUpdatedEvent.TYPE,
                            bind(SubscriptionUpdatedData.class, SubscriptionUpdatedEvent::new)),
                    entry(
                            SubscriptionPlanChangedEvent.TYPE,
                            bind(SubscriptionPlanChangedData.class, SubscriptionPlanChangedEvent::new)),
                    entry(
                            SubscriptionCancellationScheduledEvent.TYPE,
                            bind(SubscriptionCancellationScheduledData.class, SubscriptionCancellationScheduledEvent::new)),
                    entry(
                            SubscriptionCancellationRevokedEvent.TYPE,
                            bind(SubscriptionCancellationRevokedData.class, SubscriptionCancellationRevokedEvent::new)),
                    entry(
                            SubscriptionPlanChangeScheduledEvent.TYPE,
                            bind(SubscriptionPlanChangeScheduledData.class, SubscriptionPlanChangeScheduledEvent::new)),
                    entry(
                            SubscriptionPlanChangeRevokedEvent.TYPE,
                            bind(SubscriptionPlanChangeRevokedData.class, SubscriptionPlanChangeRevokedEvent::new)),
                    entry(
                            SubscriptionPastDueEvent.TYPE,
                            bind(SubscriptionPastDueData.class, SubscriptionPastDueEvent::new)),
                    entry(
                            TrialStartedEvent.TYPE,
                            bind(TrialStartedData.class, TrialStartedEvent::new)),
                    entry(
                            TrialConvertedEvent.TYPE,
                            bind(TrialConvertedData.class, TrialConvertedEvent::new)),
                    entry(
                            TrialExpiredEvent.TYPE,
                            bind(TrialExpiredData.class, TrialExpiredEvent::new)),
                    entry(
                            TrialWillEndEvent.TYPE,
                            bind(TrialWillEndData.class, TrialWillEndEvent::new)),
                    entry(
                            TrialCheckoutReadyEvent.TYPE,
                            bind(TrialCheckoutReadyData.class, TrialCheckoutReadyEvent::new)),
                    entry(
                            CheckoutReadyEvent.TYPE,
                            bind(CheckoutReadyData.class, CheckoutReadyEvent::new)),
                    entry(
                            PaymentReceivedEvent.TYPE,
                            bind(PaymentReceivedData.class, PaymentReceivedEvent::new)),
                    entry(
                            PaymentFailedEvent.TYPE,
                            bind(PaymentFailedData.class, PaymentFailedEvent::new)),
                    entry(
                            PaymentRecoveredEvent.TYPE,
                            bind(PaymentRecoveredData.class, PaymentRecoveredEvent::new)),
                    entry(
                            PaymentRetryFailedEvent.TYPE,
                            bind(PaymentRetryFailedData.class, PaymentRetryFailedEvent::new)),
                    entry(
                            PaymentRefundedEvent.TYPE,
                            bind(PaymentRefundedData.class, PaymentRefundedEvent::new)),
                    entry(
                            PaymentDisputedEvent.TYPE,
                            bind(PaymentDisputedData.class, PaymentDisputedEvent::new)),
                    entry(
                            PaymentDisputeResolvedEvent.TYPE,
                            bind(PaymentDisputeResolvedData.class, PaymentDisputeResolvedEvent::new)),
                    entry(
                            PaymentLinkCreatedEvent.TYPE,
                            bind(PaymentLinkCreatedData.class, PaymentLinkCreatedEvent::new)),
                    entry(
                            PaymentLinkCompletedEvent.TYPE,
                            bind(PaymentLinkCompletedData.class, PaymentLinkCompletedEvent::new)),
                    entry(
                            PaymentLinkFailedEvent.TYPE,
                            bind(PaymentLinkFailedData.class, PaymentLinkFailedEvent::new)),
                    entry(
                            PaymentLinkCanceledEvent.TYPE,
                            bind(PaymentLinkCanceledData.class, PaymentLinkCanceledEvent::new)),
                    entry(
                            InvoiceCreatedEvent.TYPE,
                            bind(InvoiceCreatedData.class, InvoiceCreatedEvent::new)),
                    entry(
                            InvoiceVoidedEvent.TYPE,
                            bind(InvoiceVoidedData.class, InvoiceVoidedEvent::new)),
                    entry(
                            InvoiceOverdueEvent.TYPE,
                            bind(InvoiceOverdueData.class, InvoiceOverdueEvent::new)),
                    entry(
                            InvoiceUpcomingEvent.TYPE,
                            bind(InvoiceUpcomingData.class, InvoiceUpcomingEvent::new)),
                    entry(
                            PaymentMethodAttachedEvent.TYPE,
                            bind(PaymentMethodAttachedData.class, PaymentMethodAttachedEvent::new)),
                    entry(
                            PaymentMethodUpdatedEvent.TYPE,
                            bind(PaymentMethodUpdatedData.class, PaymentMethodUpdatedEvent::new)),
                    entry(
                            CustomerCreatedEvent.TYPE,
                            bind(CustomerCreatedData.class, CustomerCreatedEvent::new)),
                    entry(
                            CustomerUpdatedEvent.TYPE,
                            bind(CustomerUpdatedData.class, CustomerUpdatedEvent::new)),
                    entry(
                            CustomerStateChangedEvent.TYPE,
                            bind(CustomerStateChangedData.class, CustomerStateChangedEvent::new)),
                    entry(
                            CreditsGrantedEvent.TYPE,
                            bind(CreditsGrantedData.class, CreditsGrantedEvent::new)),
                    entry(
                            CreditsPurchasedEvent.TYPE,
                            bind(CreditsPurchasedData.class, CreditsPurchasedEvent::new)),
                    entry(CreditsLowEvent.TYPE, bind(CreditsLowData.class, CreditsLowEvent::new)),
                    entry(
                            CreditsDepletedEvent.TYPE,
                            bind(CreditsDepletedData.class, CreditsDepletedEvent::new)),
                    entry(
                            CreditsExpiredEvent.TYPE,
                            bind(CreditsExpiredData.class, CreditsExpiredEvent::new)),
                    entry(
                            BalanceToppedUpEvent.TYPE,
                            bind(BalanceToppedUpData.class, BalanceToppedUpEvent::new)),
                    entry(BalanceLowEvent.TYPE, bind(BalanceLowData.class, BalanceLowEvent::new)),
                    entry(
                            BalanceDepletedEvent.TYPE,
                            bind(BalanceDepletedData.class, BalanceDepletedEvent::new)),
                    entry(
                            QuotaThresholdReachedEvent.TYPE,
                            bind(QuotaThresholdReachedData.class, QuotaThresholdReachedEvent::new)),
                    entry(
                            QuotaExceededEvent.TYPE,
                            bind(QuotaExceededData.class, QuotaExceededEvent::new)),
                    entry(
                            SeatsUpdatedEvent.TYPE,
                            bind(SeatsUpdatedData.class, SeatsUpdatedEvent::new)),
                    entry(
                            SeatsLimitReachedEvent.TYPE,
                            bind(SeatsLimitReachedData.class, SeatsLimitReachedEvent::new)),
                    entry(
                            AddonActivatedEvent.TYPE,
                            bind(AddonActivatedData.class, AddonActivatedEvent::new)),
                    entry(
                            AddonDeactivatedEvent.TYPE,
                            bind(AddonDeactivatedData.class, AddonDeactivatedEvent::new)),
                    entry(
                            UsageRecordedEvent.TYPE,
                            bind(UsageRecordedData.class, UsageRecordedEvent::new)),
                    entry(
                            PayoutAvailableEvent.TYPE,
                            bind(PayoutAvailableData.class, PayoutAvailableEvent::new)),
                    entry(
                            PayoutCreatedEvent.TYPE,
                            bind(PayoutCreatedData.class, PayoutCreatedEvent::new)),
                    entry(PayoutPaidEvent.TYPE, bind(PayoutPaidData.class, PayoutPaidEvent::new)),
                    entry(
                            PayoutFailedEvent.TYPE,
                            bind(PayoutFailedData.class, PayoutFailedEvent::new)));

    private EventRegistry() {}

    private static <D extends Record> Binding<D> bind(
            Class<D> dataType, BiFunction<Envelope, D, WebhookEvent> factory) {
        return new Binding<>(RecordBinder.of(dataType), factory);
    }

    /** The event types that parse to their own record. */
    public static Set<String> typedTypes() {
        return BINDINGS.keySet();
    }

    /**
     * Reads the {@code data} value at the parser's current token for an event of {@code type}:
     * its record, or for an unknown type the object as plain Java. Leaves the parser on the
     * value's last token.
     *
     * @throws BindFailure if the value does not fit
     */
    static Object readData(String type, JsonParser p) throws IOException {
        Binding<?> binding = BINDINGS.get(type);
        return binding == null ? Json.readObject(p) : binding.binder().read(p);
    }

    /** The event for {@code envelope} and the {@code data} that {@link #readData} read for it. */
    @SuppressWarnings("unchecked")
    static WebhookEvent create(Envelope envelope, Object data) {
        Binding<?> binding = BINDINGS.get(envelope.type());
        if (binding == null) {
            return new UnknownEvent(envelope, (Map<String, Object>) data);
        }
        return binding.create(envelope, data);
    }
}
