package dev.billhook.examples.spring;

import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.event.PaymentFailedEvent;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;
import dev.billhook.webhook.event.SubscriptionCanceledEvent;
import dev.billhook.webhook.spring.OnCommetEvent;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has access, from billing events: the part of a receiver you write. In memory here; yours
 * would use the database and record the event id in the same transaction as the change (mark the
 * methods {@code @Transactional}: they are called through the bean's proxy).
 *
 * <p>Deliveries repeat and arrive in any order, so it deduplicates on the event id and never
 * revives a canceled subscription. Thread-safe: handlers run on request threads.
 */
@Component
public class SubscriptionAccess {
    private static final Log LOG = LogFactory.getLog(SubscriptionAccess.class);

    private final Map<String, String> statusByCustomer = new ConcurrentHashMap<>();
    private final Set<String> seenEventIds = ConcurrentHashMap.newKeySet();

    /** Every verified event, after its type's handler (if any) returned: a log line. */
    @OnCommetEvent
    void received(WebhookEvent event) {
        LOG.info("received " + event.type() + " " + event.id());
    }

    @OnCommetEvent
    void activated(SubscriptionActivatedEvent event) {
        if (firstTime(event)) {
            statusByCustomer.compute(
                    event.data().customerId(),
                    (customer, old) -> "canceled".equals(old) ? old : "active");
            LOG.info("granted access to " + event.data().customerId());
        }
    }

    @OnCommetEvent
    void paymentFailed(PaymentFailedEvent event) {
        if (firstTime(event)) {
            // Past due keeps access during dunning; the customer can fix it at recoveryUrl.
            statusByCustomer.computeIfPresent(
                    event.data().customerId(),
                    (customer, old) -> "canceled".equals(old) ? old : "past_due");
        }
    }

    @OnCommetEvent
    void canceled(SubscriptionCanceledEvent event) {
        if (firstTime(event)) {
            statusByCustomer.put(event.data().customerId(), "canceled");
            LOG.info("revoked access for " + event.data().customerId());
        }
    }

    /** Whether {@code customerId} may use the product: active or past due (SPEC section 4). */
    public boolean hasAccess(String customerId) {
        String status = statusByCustomer.get(customerId);
        return "active".equals(status) || "past_due".equals(status);
    }

    private boolean firstTime(WebhookEvent event) {
        return event.id() == null || seenEventIds.add(event.id());
    }
}
