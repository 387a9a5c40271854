/**
 * A Commet webhook receiver on a servlet container (embedded Jetty 12 ee10), through {@code
 * billhook-webhooks-servlet}. Run {@link dev.billhook.examples.servlet.ServletReceiver#main}.
 */
package dev.billhook.examples.servlet;
