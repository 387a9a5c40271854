/**
 * Jakarta Servlet adapter for the Billhook receiver SDK: {@link
 * dev.billhook.webhook.servlet.WebhookServlet} and {@link
 * dev.billhook.webhook.servlet.WebhookFilter}.
 *
 * <p>Both requirements are transitive because the adapters' API is made of their types: a servlet
 * is registered with a container, and it is built from a {@code WebhookDispatcher}.
 */
module dev.billhook.webhook.servlet {
    requires transitive dev.billhook.webhook;
    requires transitive jakarta.servlet;

    exports dev.billhook.webhook.servlet;
}
