package dev.billhook.webhook.spring;

/**
 * No endpoint secret is configured, so no delivery could ever be verified. Thrown at startup,
 * rather than answering every delivery 403 (or worse, accepting it).
 */
final class MissingWebhookSecretException extends IllegalStateException {
    static final String SECRET = BillhookWebhookProperties.PREFIX + ".secret";
    static final String SECRETS = BillhookWebhookProperties.PREFIX + ".secrets";
    static final String ENABLED = BillhookWebhookProperties.PREFIX + ".enabled";

    MissingWebhookSecretException() {
        super(
                SECRET
                        + " is not set: Commet webhook deliveries cannot be verified without the"
                        + " endpoint secret (whsec_...). Set "
                        + SECRET
                        + " (or the environment variable BILLHOOK_WEBHOOKS_SECRET), or "
                        + SECRETS
                        + " during a rotation, or "
                        + ENABLED
                        + "=false to remove the endpoint.");
    }
}
