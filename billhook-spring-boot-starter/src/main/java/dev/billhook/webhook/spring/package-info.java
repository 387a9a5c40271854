/**
 * Spring Boot auto-configuration for Commet webhooks: an endpoint served by {@link
 * dev.billhook.webhook.servlet.WebhookServlet}, configured from {@code billhook.webhooks.*}
 * properties, dispatching to handler beans and {@link dev.billhook.webhook.spring.OnCommetEvent}
 * methods.
 *
 * <p>Public API: {@link dev.billhook.webhook.spring.OnCommetEvent}, {@link
 * dev.billhook.webhook.spring.BillhookWebhookConfigurer}, {@link
 * dev.billhook.webhook.spring.BillhookWebhookProperties} and the auto-configuration class. The rest
 * is package-private.
 */
package dev.billhook.webhook.spring;
