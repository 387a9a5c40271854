package dev.billhook.webhook.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing secret into Spring Boot's "APPLICATION FAILED TO START" report with the fix. */
final class MissingWebhookSecretFailureAnalyzer
        extends AbstractFailureAnalyzer<MissingWebhookSecretException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, MissingWebhookSecretException cause) {
        return new FailureAnalysis(
                "No Commet webhook secret is configured, so the webhook endpoint could not verify"
                        + " any delivery.",
                "Set "
                        + MissingWebhookSecretException.SECRET
                        + " to the endpoint secret (whsec_...) shown when the endpoint was created,"
                        + " for example with the environment variable BILLHOOK_WEBHOOKS_SECRET; or"
                        + " list the current and previous secrets in "
                        + MissingWebhookSecretException.SECRETS
                        + " during a rotation; or set "
                        + MissingWebhookSecretException.ENABLED
                        + "=false if this application should not receive webhooks.",
                cause);
    }
}
