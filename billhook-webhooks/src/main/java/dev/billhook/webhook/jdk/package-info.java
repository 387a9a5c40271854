/**
 * Adapter for the JDK's built-in {@code com.sun.net.httpserver} server. Optional: the module
 * requires {@code jdk.httpserver} only statically, so applications that use this package must
 * require it themselves (they need it to create the server anyway).
 */
package dev.billhook.webhook.jdk;
