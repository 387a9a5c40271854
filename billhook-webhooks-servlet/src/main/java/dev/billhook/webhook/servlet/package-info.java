/**
 * Serves a {@link dev.billhook.webhook.WebhookDispatcher} in any Jakarta Servlet 6 container:
 * {@link dev.billhook.webhook.servlet.WebhookServlet} for a servlet mapping of its own, {@link
 * dev.billhook.webhook.servlet.WebhookFilter} when the application owns every path already (a
 * framework servlet mapped at {@code /}) and the webhook must be answered before it.
 *
 * <p>Both read the request's raw byte stream and hand it to the dispatcher untouched: the body is
 * never decoded as text, so the request's declared charset cannot change what is verified.
 */
package dev.billhook.webhook.servlet;
