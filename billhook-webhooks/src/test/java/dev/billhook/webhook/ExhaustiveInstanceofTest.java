package dev.billhook.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.CatalogBodies.Fill;
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

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

/**
 * How to branch over every event on Java 17, where {@code switch} has no patterns: an {@code
 * instanceof} chain over the sealed {@link WebhookEvent}'s records, ending in {@link UnknownEvent}
 * for types added after this SDK version. Compiled, so a renamed record breaks the build. (On Java
 * 21 the same chain is a {@code switch (event) { case ... }} the compiler checks for
 * exhaustiveness.)
 */
class ExhaustiveInstanceofTest {
    static String describe(WebhookEvent event) {
        if (event instanceof SubscriptionCreatedEvent e) {
            return "subscription.created " + e.data().getClass().getSimpleName();
        } else if (event instanceof SubscriptionActivatedEvent e) {
            return "subscription.activated " + e.data().getClass().getSimpleName();
        } else if (event instanceof SubscriptionReactivatedEvent e) {
            return "subscription.reactivated " + e.data().getClass().getSimpleName();
        } else if (event instanceof SubscriptionCanceledEvent e) {
            return "subscription.canceled " + e.data().getClass().getSimpleName();
        } else if (event instanceof SubscriptionUpdatedEvent e) {
            return "subscription.updated " + e.data().getClass().getSimpleName();
        } else if (event instanceof SubscriptionPlanChangedEvent e) {
            return "subscription.plan_changed " + e.data().getClass().getSimpleName();
        } else if (event instanceof SubscriptionCancellationScheduledEvent e) {
            return "subscription.cancellation_scheduled " + e.data().getClass().getSimpleName();
        } else if (event instanceof SubscriptionCancellationRevokedEvent e) {
            return "subscription.cancellation_revoked " + e.data().getClass().getSimpleName();
        } else if (event instanceof SubscriptionPlanChangeScheduledEvent e) {
            return "subscription.plan_change_scheduled " + e.data().getClass().getSimpleName();
        } else if (event instanceof SubscriptionPlanChangeRevokedEvent e) {
            return "subscription.plan_change_revoked " + e.data().getClass().getSimpleName();
        } else if (event instanceof SubscriptionPastDueEvent e) {
            return "subscription.past_due " + e.data().getClass().getSimpleName();
        } else if (event instanceof TrialStartedEvent e) {
            return "trial.started " + e.data().getClass().getSimpleName();
        } else if (event instanceof TrialConvertedEvent e) {
            return "trial.converted " + e.data().getClass().getSimpleName();
        } else if (event instanceof TrialExpiredEvent e) {
            return "trial.expired " + e.data().getClass().getSimpleName();
        } else if (event instanceof TrialWillEndEvent e) {
            return "trial.will_end " + e.data().getClass().getSimpleName();
        } else if (event instanceof TrialCheckoutReadyEvent e) {
            return "trial.checkout_ready " + e.data().getClass().getSimpleName();
        } else if (event instanceof CheckoutReadyEvent e) {
            return "checkout.ready " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentReceivedEvent e) {
            return "payment.received " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentFailedEvent e) {
            return "payment.failed " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentRecoveredEvent e) {
            return "payment.recovered " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentRetryFailedEvent e) {
            return "payment.retry_failed " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentRefundedEvent e) {
            return "payment.refunded " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentDisputedEvent e) {
            return "payment.disputed " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentDisputeResolvedEvent e) {
            return "payment.dispute_resolved " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentLinkCreatedEvent e) {
            return "payment_link.created " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentLinkCompletedEvent e) {
            return "payment_link.completed " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentLinkFailedEvent e) {
            return "payment_link.failed " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentLinkCanceledEvent e) {
            return "payment_link.canceled " + e.data().getClass().getSimpleName();
        } else if (event instanceof InvoiceCreatedEvent e) {
            return "invoice.created " + e.data().getClass().getSimpleName();
        } else if (event instanceof InvoiceVoidedEvent e) {
            return "invoice.voided " + e.data().getClass().getSimpleName();
        } else if (event instanceof InvoiceOverdueEvent e) {
            return "invoice.overdue " + e.data().getClass().getSimpleName();
        } else if (event instanceof InvoiceUpcomingEvent e) {
            return "invoice.upcoming " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentMethodAttachedEvent e) {
            return "payment_method.attached " + e.data().getClass().getSimpleName();
        } else if (event instanceof PaymentMethodUpdatedEvent e) {
            return "payment_method.updated " + e.data().getClass().getSimpleName();
        } else if (event instanceof CustomerCreatedEvent e) {
            return "customer.created " + e.data().getClass().getSimpleName();
        } else if (event instanceof CustomerUpdatedEvent e) {
            return "customer.updated " + e.data().getClass().getSimpleName();
        } else if (event instanceof CustomerStateChangedEvent e) {
            return "customer.state_changed " + e.data().getClass().getSimpleName();
        } else if (event instanceof CreditsGrantedEvent e) {
            return "credits.granted " + e.data().getClass().getSimpleName();
        } else if (event instanceof CreditsPurchasedEvent e) {
            return "credits.purchased " + e.data().getClass().getSimpleName();
        } else if (event instanceof CreditsLowEvent e) {
            return "credits.low " + e.data().getClass().getSimpleName();
        } else if (event instanceof CreditsDepletedEvent e) {
            return "credits.depleted " + e.data().getClass().getSimpleName();
        } else if (event instanceof CreditsExpiredEvent e) {
            return "credits.expired " + e.data().getClass().getSimpleName();
        } else if (event instanceof BalanceToppedUpEvent e) {
            return "balance.topped_up " + e.data().getClass().getSimpleName();
        } else if (event instanceof BalanceLowEvent e) {
            return "balance.low " + e.data().getClass().getSimpleName();
        } else if (event instanceof BalanceDepletedEvent e) {
            return "balance.depleted " + e.data().getClass().getSimpleName();
        } else if (event instanceof QuotaThresholdReachedEvent e) {
            return "quota.threshold_reached " + e.data().getClass().getSimpleName();
        } else if (event instanceof QuotaExceededEvent e) {
            return "quota.exceeded " + e.data().getClass().getSimpleName();
        } else if (event instanceof SeatsUpdatedEvent e) {
            return "seats.updated " + e.data().getClass().getSimpleName();
        } else if (event instanceof SeatsLimitReachedEvent e) {
            return "seats.limit_reached " + e.data().getClass().getSimpleName();
        } else if (event instanceof AddonActivatedEvent e) {
            return "addon.activated " + e.data().getClass().getSimpleName();
        } else if (event instanceof AddonDeactivatedEvent e) {
            return "addon.deactivated " + e.data().getClass().getSimpleName();
        } else if (event instanceof UsageRecordedEvent e) {
            return "usage.recorded " + e.data().getClass().getSimpleName();
        } else if (event instanceof PayoutAvailableEvent e) {
            return "payout.available " + e.data().getClass().getSimpleName();
        } else if (event instanceof PayoutCreatedEvent e) {
            return "payout.created " + e.data().getClass().getSimpleName();
        } else if (event instanceof PayoutPaidEvent e) {
            return "payout.paid " + e.data().getClass().getSimpleName();
        } else if (event instanceof PayoutFailedEvent e) {
            return "payout.failed " + e.data().getClass().getSimpleName();
        } else if (event instanceof UnknownEvent e) {
            return "unknown " + e.type();
        }
        throw new AssertionError("WebhookEvent is sealed; every permitted record has a branch");
    }

    @Test
    void everyCatalogEventTakesItsOwnBranch() {
        Set<String> seen = new HashSet<>();
        for (var catalogEvent : Catalog.events()) {
            String type = catalogEvent.get("type").asText();
            WebhookEvent event =
                    WebhookParser.parse(Payloads.utf8(CatalogBodies.body(type, Fill.EVERY_FIELD)));
            String description = describe(event);
            assertThat(description).isEqualTo(type + " " + catalogEvent.get("dataType").asText());
            seen.add(description);
        }
        assertThat(seen).hasSize(WebhookEvent.class.getPermittedSubclasses().length - 1);
    }

    @Test
    void aTypeAddedLaterTakesTheUnknownBranch() {
        WebhookEvent event =
                WebhookParser.parse(
                        Payloads.utf8(Payloads.envelope("whev_n", "invoice.merged", "{}")));
        assertThat(describe(event)).isEqualTo("unknown invoice.merged");
    }
}
