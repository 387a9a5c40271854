package dev.billhook.webhook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.WebhookSigner;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The README example, compiled: a user's "activation grants access" test in three lines. */
class ThreeLineExampleTest {
    private static final String SECRET = WebhookSigner.newSecret();

    /** Stands in for the application under test. */
    static final class App {
        final Set<String> customersWithAccess = ConcurrentHashMap.newKeySet();

        WebhookDispatcher webhooks(String secret) {
            return WebhookDispatcher.builder(secret)
                    .onSubscriptionActivated(e -> customersWithAccess.add(e.data().customerId()))
                    .build();
        }
    }

    private final App app = new App();

    @Test
    void subscriptionActivatedGrantsAccess() {
        WebhookResponse response =
                TestEvents.of(SubscriptionActivatedEvent.class)
                        .with("customerId", "cus_42")
                        .sign(SECRET)
                        .postTo(app.webhooks(SECRET));

        assertThat(response).isEqualTo(WebhookResponse.RECEIVED);
        assertThat(app.customersWithAccess).containsExactly("cus_42");
    }
}
