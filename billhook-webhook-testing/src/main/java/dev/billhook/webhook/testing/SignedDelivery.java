package dev.billhook.webhook.testing;

import dev.billhook.webhook.HeaderLookup;
import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.WebhookSigner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A signed delivery, as Commet (or a Billhook server) would send it: the exact body bytes and the
 * request headers. Post it to a {@link WebhookDispatcher} directly or to a URL over real HTTP.
 *
 * <p>Immutable: the body is copied in and out, the headers are an unmodifiable map with
 * case-insensitive keys. {@link #withBody} and {@link #withHeader} derive tampered copies, for
 * testing that a receiver rejects them.
 *
 * @param body the JSON body, exactly the bytes that were signed
 * @param headers {@code Content-Type}, the {@code X-Commet-*} headers and, when signed with {@link
 *     Scheme#STANDARD}, {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}
 */
public record SignedDelivery(byte[] body, Map<String, String> headers) {
    /** Sender timeout, as the Commet sender's: 10 s. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    // Redirects are not followed, as by the real sender.
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(TIMEOUT)
                    .build();

    /** The signing schemes; a delivery may carry both, as Billhook sends them. */
    public enum Scheme {
        /** {@code X-Commet-Signature}: hex HMAC-SHA256 of the body, keyed by the whole secret. */
        COMMET,
        /** Standard Webhooks: {@code webhook-signature} over {@code id.timestamp.body}. */
        STANDARD
    }

    /** Copies both components. */
    public SignedDelivery {
        body = body.clone();
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = Collections.unmodifiableMap(copy);
    }

    /** A copy of the body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as text (it is UTF-8 JSON). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Header {@code name}, case-insensitively, or null. */
    public @Nullable String header(String name) {
        return headers.get(name);
    }

    /** The same headers (signatures included) over other bytes: a tampered delivery. */
    public SignedDelivery withBody(byte[] otherBody) {
        return new SignedDelivery(otherBody, headers);
    }

    /** A copy with header {@code name} set, or removed if {@code value} is null. */
    public SignedDelivery withHeader(String name, @Nullable String value) {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new SignedDelivery(body, copy);
    }

    /** Hands the delivery to {@code dispatcher}, as an HTTP adapter would. Never throws. */
    public WebhookResponse postTo(WebhookDispatcher dispatcher) {
        return dispatcher.handle(body.clone(), HeaderLookup.of(headers));
    }

    /**
     * POSTs the delivery to {@code url} over real HTTP, without following redirects, with the
     * sender's 10 s timeouts.
     *
     * @throws UncheckedIOException if the request fails (the interrupt flag is restored if it was
     *     interrupted)
     */
    public HttpReply postTo(URI url) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url)
                        .timeout(TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpReply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException("POST " + url + " interrupted", new IOException(e));
        }
    }

    static SignedDelivery sign(
            byte[] body,
            String type,
            @Nullable String id,
            String rawTimestamp,
            String secret,
            Instant signedAt,
            Iterable<Scheme> schemes) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(signedAt, "signedAt");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Content-Type", WebhookResponse.CONTENT_TYPE);
        headers.put(WebhookHeaders.EVENT, type);
        headers.put(WebhookHeaders.TIMESTAMP, rawTimestamp);
        if (id != null) {
            headers.put(WebhookHeaders.EVENT_ID, id);
        }
        boolean any = false;
        for (Scheme scheme : schemes) {
            any = true;
            if (scheme == Scheme.COMMET) {
                headers.put(WebhookHeaders.SIGNATURE, WebhookSigner.sign(body, secret));
            } else {
                // Standard Webhooks needs a message id; the event id is what Billhook sends.
                String msgId = id != null ? id : "msg_test";
                long seconds = signedAt.getEpochSecond();
                headers.put(WebhookHeaders.STANDARD_ID, msgId);
                headers.put(WebhookHeaders.STANDARD_TIMESTAMP, Long.toString(seconds));
                headers.put(
                        WebhookHeaders.STANDARD_SIGNATURE,
                        WebhookSigner.signStandard(msgId, seconds, body, secret));
            }
        }
        if (!any) {
            throw new IllegalArgumentException("sign with at least one scheme");
        }
        return new SignedDelivery(body, headers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedDelivery other
                && Arrays.equals(body, other.body)
                && headers.equals(other.headers);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(body) + headers.hashCode();
    }

    /** Header names and the body length only: bodies may hold personal data. */
    @Override
    public String toString() {
        return "SignedDelivery[" + body.length + " bytes, headers=" + headers.keySet() + "]";
    }
}
