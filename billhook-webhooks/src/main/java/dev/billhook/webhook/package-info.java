/**
 * Verifying, parsing and dispatching Commet webhook deliveries.
 *
 * <p>Entry points: {@link dev.billhook.webhook.WebhookDispatcher} (verify, parse and route to
 * handlers), {@link dev.billhook.webhook.WebhookVerifier} (signature check only), {@link
 * dev.billhook.webhook.WebhookParser} (parse only) and {@link dev.billhook.webhook.WebhookSigner}
 * (produce signatures, e.g. in tests).
 *
 * <p>Unless a parameter or accessor is annotated {@link dev.billhook.webhook.Nullable}, it is never
 * null; passing null where it is not allowed throws {@link NullPointerException}.
 */
package dev.billhook.webhook;
