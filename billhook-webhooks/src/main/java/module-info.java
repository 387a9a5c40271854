/**
 * Billhook receiver SDK: verify, parse and dispatch Commet billing webhooks.
 *
 * <p>Only {@code dev.billhook.webhook}, {@code dev.billhook.webhook.event}, {@code
 * dev.billhook.webhook.dedup}, {@code dev.billhook.webhook.inbox} and {@code
 * dev.billhook.webhook.jdk} are API. {@code dev.billhook.webhook.internal} is not exported and may
 * change in any release.
 *
 * <p>{@code jdk.httpserver} is a static requirement: only the optional {@link
 * dev.billhook.webhook.jdk.JdkWebhookHandler} uses it, and any application that uses that adapter
 * must create a {@code com.sun.net.httpserver.HttpServer} itself, so it already requires the
 * module. Applications on Jetty, Servlet containers or custom jlink images without {@code
 * jdk.httpserver} therefore don't pay for it. It is also transitive because the adapter's API is an
 * {@code HttpHandler}: when the module is present, readers of this module read it too.
 *
 * <p>{@code java.sql} (part of the JDK) is required transitively because the JDBC stores in {@code
 * dev.billhook.webhook.dedup} and {@code dev.billhook.webhook.inbox} take a {@code
 * javax.sql.DataSource}. No JDBC driver is required; bring your own.
 */
module dev.billhook.webhook {
    requires com.fasterxml.jackson.databind;
    requires static transitive jdk.httpserver;
    requires transitive java.sql;

    exports dev.billhook.webhook;
    exports dev.billhook.webhook.dedup;
    exports dev.billhook.webhook.event;
    exports dev.billhook.webhook.inbox;
    exports dev.billhook.webhook.jdk;
}
