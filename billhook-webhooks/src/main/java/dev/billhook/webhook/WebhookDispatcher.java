package dev.billhook.webhook;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies, parses and routes webhook deliveries to your handlers, and says what to answer.
 *
 * <pre>{@code
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder(System.getenv("COMMET_WEBHOOK_SECRET"))
 *     .onSubscriptionActivated(e -> access.grant(e.data().customerId()))
 *     .onSubscriptionCanceled(e -> access.revoke(e.data().customerId()))
 *     .build();
 * WebhookResponse response = dispatcher.handle(rawBody, HeaderLookup.of(headers));
 * }</pre>
 *
 * <p>Build one at startup and share it: it is immutable and thread-safe, and handlers run on the
 * calling thread. For each verified event, the handler registered for its type runs first (if any),
 * then the {@link Builder#onEvent catch-all}; if one throws, the rest are skipped and the answer is
 * 500 so the sender retries. {@link #handle} never throws.
 */
public final class WebhookDispatcher {
    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());
    private static final byte[] EMPTY = new byte[0];

    private final WebhookVerifier verifier;
    private final Map<String, EventHandler<WebhookEvent>> handlers;
    private final EventHandler<WebhookEvent> catchAll;
    private final ErrorHandler errorHandler;

    private WebhookDispatcher(Builder builder) {
        this.verifier = builder.verifier;
        this.handlers = Map.copyOf(builder.handlers);
        this.catchAll = builder.catchAll;
        this.errorHandler =
                builder.errorHandler != null ? builder.errorHandler : WebhookDispatcher::log;
    }

    /**
     * Starts a dispatcher for one endpoint secret.
     *
     * @throws IllegalArgumentException if {@code secret} is null or blank (see {@link
     *     WebhookVerifier#create})
     */
    public static Builder builder(String secret) {
        return new Builder(WebhookVerifier.create(secret));
    }

    /**
     * Handles one delivery: verifies the {@code X-Commet-Signature} over {@code body}, parses it,
     * runs the handlers, and returns the response to send. Never throws; a null body is treated as
     * empty and null headers as none.
     *
     * @param body the raw request body bytes, exactly as received
     * @param headers the request headers
     */
    public WebhookResponse handle(@Nullable byte[] body, @Nullable HeaderLookup headers) {
        WebhookEvent event;
        try {
            String signature = headers == null ? null : headers.get(WebhookHeaders.SIGNATURE);
            event = verifyAndParse(body == null ? EMPTY : body, signature);
        } catch (WebhookVerificationException e) {
            report(e, null);
            return e.reason().isSignatureFailure()
                    ? WebhookResponse.INVALID_SIGNATURE
                    : WebhookResponse.INVALID_PAYLOAD;
        } catch (RuntimeException e) {
            // Only a throwing HeaderLookup gets here; the request was fine, so let it be retried.
            report(e, null);
            return WebhookResponse.HANDLER_FAILED;
        }
        try {
            EventHandler<WebhookEvent> handler = handlers.get(event.type());
            if (handler != null) {
                handler.handle(event);
            }
            if (catchAll != null) {
                catchAll.handle(event);
            }
            return WebhookResponse.RECEIVED;
        } catch (Throwable t) { // handlers may throw anything, and handle() must not throw
            if (t instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            report(t, event);
            return WebhookResponse.HANDLER_FAILED;
        }
    }

    /**
     * Verifies the signature, then parses, without running any handler.
     *
     * @param body the raw request body bytes, exactly as received
     * @param signature the {@code X-Commet-Signature} header value, or null if absent
     * @throws WebhookVerificationException for a bad signature, or with {@link
     *     WebhookVerificationException.Reason#MALFORMED_PAYLOAD} for a bad body
     */
    public WebhookEvent verifyAndParse(byte[] body, @Nullable String signature) {
        verifier.verify(body, signature);
        return WebhookParser.parse(body);
    }

    private void report(Throwable error, WebhookEvent event) {
        try {
            errorHandler.handle(error, event);
        } catch (Throwable t) { // an error handler must not change the response
            LOG.log(Level.WARNING, "webhook error handler threw", t);
        }
    }

    /** The default error handler: handler failures need a person, bad requests don't. */
    private static void log(Throwable error, WebhookEvent event) {
        if (event == null) {
            LOG.log(Level.DEBUG, "webhook rejected: {0}", error.getMessage());
        } else {
            LOG.log(
                    Level.WARNING,
                    "webhook handler failed for " + event.type() + " " + event.id(),
                    error);
        }
    }

    /**
     * Configures a {@link WebhookDispatcher}. Each event type takes one handler, and {@link
     * #onEvent} and {@link #onError} may each be set once; registering twice throws {@link
     * IllegalStateException}, because silently replacing a handler hides bugs. Not thread-safe;
     * {@link #build} may be called more than once.
     */
    public static final class Builder extends TypedHandlers<Builder> {
        private final WebhookVerifier verifier;
        private final Map<String, EventHandler<WebhookEvent>> handlers = new HashMap<>();
        private EventHandler<WebhookEvent> catchAll;
        private ErrorHandler errorHandler;

        private Builder(WebhookVerifier verifier) {
            this.verifier = verifier;
        }

        /**
         * Handles events of {@code type}, typed or not (e.g. {@code "customer.created"}, which
         * arrives as an {@link dev.billhook.webhook.event.UnknownEvent} in this version).
         *
         * @throws IllegalStateException if {@code type} already has a handler
         */
        @Override
        public Builder on(String type, EventHandler<WebhookEvent> handler) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(handler, "handler");
            if (type.isBlank()) {
                throw new IllegalArgumentException("event type must not be blank");
            }
            if (handlers.putIfAbsent(type, handler) != null) {
                throw new IllegalStateException("a handler for " + type + " is already registered");
            }
            return this;
        }

        /** Runs for every verified event, after its type's handler. Set once. */
        public Builder onEvent(EventHandler<WebhookEvent> handler) {
            Objects.requireNonNull(handler, "handler");
            if (catchAll != null) {
                throw new IllegalStateException("onEvent is already set");
            }
            catchAll = handler;
            return this;
        }

        /**
         * Told about every delivery not answered 200. Set once. Without one, handler failures are
         * logged at WARNING and rejected deliveries at DEBUG through {@link System.Logger}.
         */
        public Builder onError(ErrorHandler handler) {
            Objects.requireNonNull(handler, "handler");
            if (errorHandler != null) {
                throw new IllegalStateException("onError is already set");
            }
            errorHandler = handler;
            return this;
        }

        /** A dispatcher with the handlers registered so far. */
        public WebhookDispatcher build() {
            return new WebhookDispatcher(this);
        }
    }
}
