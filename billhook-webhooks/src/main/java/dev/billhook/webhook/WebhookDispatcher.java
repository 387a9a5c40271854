package dev.billhook.webhook;

import dev.billhook.webhook.dedup.ProcessedEvents;
import dev.billhook.webhook.inbox.WebhookInbox;
import dev.billhook.webhook.internal.BoundedBody;
import dev.billhook.webhook.internal.Deduplication;
import dev.billhook.webhook.internal.Enqueue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
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
 * WebhookResponse response = dispatcher.handle(request.getInputStream(), request::getHeader);
 * }</pre>
 *
 * <p>Each delivery goes through the same steps, and the first that fails decides the answer (see
 * {@link WebhookResponse#rejected}): read the body, at most {@link Builder#maxBodyBytes} bytes
 * (413), decoding {@code Content-Encoding: gzip} (415 for other encodings); verify the signature
 * with the {@link WebhookVerifier} (403); parse the envelope (400); run the handlers (500 if one
 * throws, else 200). Signatures cover the decoded body: a gzipped delivery is signed over the JSON
 * bytes, not the compressed ones.
 *
 * <p>Build one at startup and share it: it is immutable and thread-safe, and handlers run on the
 * calling thread. For each verified event, the handler registered for its type runs first (if any),
 * then the {@link Builder#onEvent catch-all}; if one throws, the rest are skipped and the answer is
 * 500 so the sender retries. {@link #handle} never throws.
 */
public final class WebhookDispatcher {
    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());

    /** The default {@linkplain Builder#maxBodyBytes body size limit}: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private static final byte[] EMPTY = new byte[0];
    /** Header names are matched case-insensitively; lower case spares the lookup a conversion. */
    private static final String CONTENT_ENCODING = "content-encoding";
    private static final HeaderLookup NO_HEADERS = name -> null;

    private final WebhookVerifier verifier;
    private final int maxBodyBytes;
    private final Map<String, EventHandler<WebhookEvent>> handlers;
    private final EventHandler<WebhookEvent> catchAll;
    private final ErrorHandler errorHandler;
    private final @Nullable Deduplication dedup;
    private final @Nullable WebhookInbox inbox;

    private WebhookDispatcher(Builder builder) {
        this.verifier = builder.verifier;
        this.maxBodyBytes =
                builder.maxBodyBytes != 0 ? builder.maxBodyBytes : DEFAULT_MAX_BODY_BYTES;
        this.handlers = Map.copyOf(builder.handlers);
        this.catchAll = builder.catchAll;
        this.errorHandler =
                builder.errorHandler != null ? builder.errorHandler : WebhookDispatcher::log;
        this.dedup = builder.dedup;
        this.inbox = builder.inbox;
    }

    /**
     * Starts a dispatcher for one endpoint secret, verified with the default policy (see {@link
     * WebhookVerifier}).
     *
     * @throws IllegalArgumentException if {@code secret} is null or blank (see {@link
     *     WebhookVerifier#create})
     */
    public static Builder builder(String secret) {
        return new Builder(WebhookVerifier.create(secret));
    }

    /**
     * Starts a dispatcher that verifies with {@code verifier}: several secrets during a rotation, a
     * required signed timestamp, another tolerance or clock.
     *
     * <pre>{@code
     * WebhookDispatcher.builder(WebhookVerifier.builder()
     *         .secret(currentSecret)
     *         .secret(previousSecret)
     *         .requireSignedTimestamp()
     *         .build())
     * }</pre>
     */
    public static Builder builder(WebhookVerifier verifier) {
        return new Builder(Objects.requireNonNull(verifier, "verifier"));
    }

    /**
     * Handles one delivery from its body stream: reads it (bounded, decoding gzip), verifies it,
     * parses it, runs the handlers, and returns the response to send. Never throws; a null body is
     * treated as empty and null headers as none. The timestamp is checked against the instant this
     * method was called, not the end of a slow upload. {@code body} is read but not closed.
     *
     * @param body the request body as received on the wire, still carrying any {@code
     *     Content-Encoding}
     * @param headers the request headers
     */
    public WebhookResponse handle(@Nullable InputStream body, @Nullable HeaderLookup headers) {
        return handle(body == null ? new ByteArrayInputStream(EMPTY) : body, null, headers);
    }

    /** Exactly one of {@code stream} and {@code array} is non-null. */
    private WebhookResponse handle(
            @Nullable InputStream stream, @Nullable byte[] array, @Nullable HeaderLookup headers) {
        HeaderLookup lookup = headers == null ? NO_HEADERS : headers;
        WebhookEvent event;
        try {
            Instant receivedAt = verifier.now(); // before the body is read
            String encoding = lookup.get(CONTENT_ENCODING);
            byte[] bytes =
                    array != null
                            ? BoundedBody.read(array, encoding, maxBodyBytes)
                            : BoundedBody.read(stream, encoding, maxBodyBytes);
            if (bytes == array && inbox != null) {
                // The inbox keeps the bytes; the caller's array may be a buffer it reuses.
                bytes = bytes.clone();
            }
            verifier.verify(bytes, lookup, receivedAt);
            event = WebhookParser.parse(bytes);
            if (inbox != null) {
                return Enqueue.append(inbox, bytes, event, receivedAt, this::report);
            }
        } catch (WebhookVerificationException e) {
            report(e, null);
            return WebhookResponse.rejected(e.reason());
        } catch (RuntimeException e) {
            // A throwing HeaderLookup, body stream or clock: the request may be fine, so let it be
            // retried.
            report(e, null);
            return WebhookResponse.HANDLER_FAILED;
        }
        return dispatchOnce(event);
    }

    /**
     * As {@link #handle(InputStream, HeaderLookup)}, for a body already in memory. The same size
     * limit and {@code Content-Encoding} handling apply.
     *
     * @param body the raw request body bytes, exactly as received on the wire
     * @param headers the request headers
     */
    public WebhookResponse handle(@Nullable byte[] body, @Nullable HeaderLookup headers) {
        // Read in place, not through a stream: no copy of a body that is already in memory.
        return handle(null, body == null ? EMPTY : body, headers);
    }

    /**
     * Runs the handlers for a body verified earlier, typically one read back from a {@link
     * WebhookInbox} by an {@link dev.billhook.webhook.inbox.InboxProcessor}: parses it and
     * dispatches it as {@link #handle} would, deduplicated if {@link Builder#deduplicateWith} is
     * set, never queued. Does <em>not</em> verify, so never pass it bodies from the network. Never
     * throws.
     *
     * @return 200 if handled (or already processed), 409 if the event is being handled elsewhere,
     *     500 if a handler threw, 400 if {@code body} is not a valid envelope
     */
    public WebhookResponse dispatchVerified(byte[] body) {
        WebhookEvent event;
        try {
            event = WebhookParser.parse(Objects.requireNonNull(body, "body"));
        } catch (WebhookVerificationException e) {
            report(e, null);
            return WebhookResponse.rejected(e.reason());
        }
        return dispatchOnce(event);
    }

    /** {@link #dispatch}, at most once per event id when deduplicating. */
    private WebhookResponse dispatchOnce(WebhookEvent event) {
        return dedup == null ? dispatch(event) : dedup.run(event, this::dispatch, this::report);
    }

    /**
     * Runs the handlers for one verified, parsed event and says what to answer. The one place
     * handlers are invoked, so deduplication or queueing can wrap it.
     */
    private WebhookResponse dispatch(WebhookEvent event) {
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
     * Verifies the {@code X-Commet-Signature}, then parses, without running any handler. Sees no
     * other header (see {@link WebhookVerifier#verify(byte[], String)}), applies no size limit and
     * no {@code Content-Encoding}.
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
        private int maxBodyBytes;
        private final Map<String, EventHandler<WebhookEvent>> handlers = new HashMap<>();
        private EventHandler<WebhookEvent> catchAll;
        private ErrorHandler errorHandler;
        private Deduplication dedup;
        private WebhookInbox inbox;

        private Builder(WebhookVerifier verifier) {
            this.verifier = verifier;
        }

        /**
         * Handles events of {@code type}, typed or not (a type this SDK does not know, such as one
         * added to Commet after this release, arrives as an {@link
         * dev.billhook.webhook.event.UnknownEvent}).
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

        /**
         * The largest body accepted, counted over the bytes actually read (whatever {@code
         * Content-Length} says, chunked bodies included) and again over the decoded bytes of a
         * gzipped body, so a small gzip bomb is stopped at the limit too. Larger bodies are
         * answered 413 without being verified. Default {@link #DEFAULT_MAX_BODY_BYTES}. Set once.
         *
         * @throws IllegalArgumentException unless {@code bytes} is positive and below {@code
         *     Integer.MAX_VALUE}
         */
        public Builder maxBodyBytes(int bytes) {
            if (bytes <= 0 || bytes == Integer.MAX_VALUE) {
                throw new IllegalArgumentException(
                        "maxBodyBytes must be positive and below Integer.MAX_VALUE");
            }
            if (maxBodyBytes != 0) {
                throw new IllegalStateException("maxBodyBytes is already set");
            }
            maxBodyBytes = bytes;
            return this;
        }

        /**
         * Runs the handlers at most once per event id: a redelivery of an event whose handlers
         * succeeded answers 200 without running them, one that arrives while another delivery of
         * the same event is running answers 409 (the sender retries later), and a handler failure
         * frees the id so the retry runs them again. Events without an id are not deduplicated.
         * Claims last {@link ProcessedEvents#DEFAULT_LEASE}. Set once.
         */
        public Builder deduplicateWith(ProcessedEvents processedEvents) {
            return deduplicateWith(processedEvents, ProcessedEvents.DEFAULT_LEASE);
        }

        /**
         * As {@link #deduplicateWith(ProcessedEvents)}, with claims that expire after {@code lease}
         * if their owner dies before finishing. Make it longer than your slowest handler.
         *
         * @throws IllegalArgumentException unless {@code lease} is positive
         */
        public Builder deduplicateWith(ProcessedEvents processedEvents, Duration lease) {
            Objects.requireNonNull(processedEvents, "processedEvents");
            Objects.requireNonNull(lease, "lease");
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("lease must be positive");
            }
            if (dedup != null) {
                throw new IllegalStateException("deduplicateWith is already set");
            }
            dedup = new Deduplication(processedEvents, lease);
            return this;
        }

        /**
         * Asynchronous mode: {@link #handle} verifies and parses each delivery, appends its body to
         * {@code inbox} and answers 202 at once (500 if the append fails), without running any
         * handler. An {@link dev.billhook.webhook.inbox.InboxProcessor} built on this dispatcher
         * runs them later. Set once.
         */
        public Builder queueTo(WebhookInbox inbox) {
            Objects.requireNonNull(inbox, "inbox");
            if (this.inbox != null) {
                throw new IllegalStateException("queueTo is already set");
            }
            this.inbox = inbox;
            return this;
        }

        /** A dispatcher with the handlers registered so far. */
        public WebhookDispatcher build() {
            return new WebhookDispatcher(this);
        }
    }
}
