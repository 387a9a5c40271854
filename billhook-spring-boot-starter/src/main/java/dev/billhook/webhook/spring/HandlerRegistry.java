package dev.billhook.webhook.spring;

import dev.billhook.webhook.ErrorHandler;
import dev.billhook.webhook.EventHandler;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookEvent;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The handlers found among the application's beans, routed by event type.
 *
 * <p>Why a registry of its own instead of the dispatcher builder's per-type slots: the servlet, and
 * so the dispatcher, is created while the web server is set up, before most application beans
 * exist; handlers are found as those beans are created later. The dispatcher therefore gets this
 * registry in its catch-all and error slots, and the registry is filled until the context has
 * created every singleton, then frozen, all before the server accepts a request.
 *
 * <p>Several handlers may serve one type (unlike the builder): they run in order, then the
 * catch-alls; the first that throws stops the rest and the delivery is answered 500.
 */
final class HandlerRegistry {
    private static final Log LOG = LogFactory.getLog(HandlerRegistry.class);

    private record Entry<H>(int order, long sequence, String source, H handler) {}

    private static final Comparator<Entry<?>> ORDER =
            Comparator.<Entry<?>>comparingInt(Entry::order).thenComparingLong(Entry::sequence);

    /** What requests read once frozen; immutable. */
    private record Routes(
            Map<String, List<EventHandler<WebhookEvent>>> byType,
            List<EventHandler<WebhookEvent>> catchAll,
            List<ErrorHandler> errorHandlers) {}

    private final Map<String, List<Entry<EventHandler<WebhookEvent>>>> byType =
            new LinkedHashMap<>();
    private final List<Entry<EventHandler<WebhookEvent>>> catchAll = new ArrayList<>();
    private final List<Entry<ErrorHandler>> errorHandlers = new ArrayList<>();
    private long sequence;
    private boolean attached;
    private volatile Routes routes;

    /**
     * Adds {@code handler} for {@code type}, or for every event if {@code type} is null.
     *
     * @param source names the bean or method, for messages
     * @throws IllegalStateException once frozen
     */
    synchronized void add(
            String type, int order, String source, EventHandler<WebhookEvent> handler) {
        checkOpen(source);
        Entry<EventHandler<WebhookEvent>> entry = new Entry<>(order, sequence++, source, handler);
        if (type == null) {
            catchAll.add(entry);
        } else {
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(entry);
        }
    }

    /** Adds an error handler; with none, failures are logged. */
    synchronized void addErrorHandler(int order, String source, ErrorHandler handler) {
        checkOpen(source);
        errorHandlers.add(new Entry<>(order, sequence++, source, handler));
    }

    /** Routes {@code builder}'s events and errors through this registry. */
    synchronized void attachTo(WebhookDispatcher.Builder builder) {
        builder.onEvent(this::dispatch).onError(this::report);
        attached = true;
    }

    synchronized boolean isAttached() {
        return attached;
    }

    synchronized boolean isEmpty() {
        return byType.isEmpty() && catchAll.isEmpty() && errorHandlers.isEmpty();
    }

    /** Stops registration and publishes the routes. Called when every singleton exists. */
    synchronized void freeze() {
        Map<String, List<EventHandler<WebhookEvent>>> typed = new LinkedHashMap<>();
        byType.forEach((type, entries) -> typed.put(type, sorted(entries)));
        routes = new Routes(Map.copyOf(typed), sorted(catchAll), sorted(errorHandlers));
    }

    /** One line for the startup log: what is handled, never any payload. */
    synchronized String summary() {
        StringJoiner types = new StringJoiner(", ");
        byType.forEach((type, entries) -> types.add(type + " (" + entries.size() + ")"));
        return "handlers for "
                + (byType.isEmpty() ? "no event type" : types)
                + "; catch-all handlers: "
                + catchAll.size()
                + "; error handlers: "
                + errorHandlers.size();
    }

    private void dispatch(WebhookEvent event) throws Exception {
        Routes current = routes;
        if (current == null) {
            // Only reachable if a request beats context startup; 500 makes the sender retry.
            throw new IllegalStateException("webhook handlers are not registered yet");
        }
        for (EventHandler<WebhookEvent> handler :
                current.byType().getOrDefault(event.type(), List.of())) {
            handler.handle(event);
        }
        for (EventHandler<WebhookEvent> handler : current.catchAll()) {
            handler.handle(event);
        }
    }

    private void report(Throwable error, WebhookEvent event) {
        Routes current = routes;
        if (current == null || current.errorHandlers().isEmpty()) {
            log(error, event);
            return;
        }
        for (ErrorHandler handler : current.errorHandlers()) {
            try {
                handler.handle(error, event);
            } catch (RuntimeException e) { // one broken error handler must not silence the rest
                LOG.warn("Commet webhook error handler threw", e);
            }
        }
    }

    /** As the SDK does by default: failed handlers need a person, rejected requests don't. */
    private static void log(Throwable error, WebhookEvent event) {
        if (event == null) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("Commet webhook rejected: " + error.getMessage());
            }
        } else {
            LOG.warn("Commet webhook handler failed for " + event.type() + " " + event.id(), error);
        }
    }

    private void checkOpen(String source) {
        if (routes != null) {
            throw new IllegalStateException(
                    source
                            + " was created after startup, too late to receive Commet webhooks;"
                            + " webhook handler beans must be non-lazy singletons");
        }
    }

    private static <H> List<H> sorted(List<Entry<H>> entries) {
        return entries.stream().sorted(ORDER).map(Entry::handler).toList();
    }
}
