/**
 * Billhook webhook test kit: realistic Commet webhook deliveries for your own tests, signed with
 * both schemes and posted to a {@link dev.billhook.webhook.WebhookDispatcher} or over HTTP.
 *
 * <p>Test scope only. It reads the SDK's public event records reflectively (no {@code opens}
 * needed: they are public members of exported packages).
 */
module dev.billhook.webhook.testing {
    requires transitive dev.billhook.webhook;
    requires com.fasterxml.jackson.databind;
    requires java.net.http;

    exports dev.billhook.webhook.testing;
}
