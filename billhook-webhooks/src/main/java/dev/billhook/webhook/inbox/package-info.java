/**
 * Asynchronous processing: verify, store durably, answer 202 at once, run the handlers in the
 * background with retries. For handlers that may take longer than the sender's 10-second timeout
 * (SPEC section 3).
 *
 * <p>{@link dev.billhook.webhook.inbox.WebhookInbox} is the SPI, {@link
 * dev.billhook.webhook.inbox.JdbcWebhookInbox} its SQL implementation (SQLite, PostgreSQL), and
 * {@link dev.billhook.webhook.inbox.InboxProcessor} the background worker. Wire the front half with
 * {@link dev.billhook.webhook.WebhookDispatcher.Builder#queueTo}.
 */
package dev.billhook.webhook.inbox;
