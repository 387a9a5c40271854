package dev.billhook.server.delivery;

import dev.billhook.server.IsoTime;
import dev.billhook.webhook.WebhookSigner;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes one HTTP attempt of a delivery: checks the target against the {@link TargetPolicy}, POSTs
 * the stored bytes with the Commet and Standard Webhooks headers, and reports the outcome. The
 * whole attempt (connect, request, the first {@link #MAX_RESPONSE_BODY_BYTES} of the response) is
 * bounded by the delivery timeout. Redirects are never followed. Never throws for anything the
 * receiver does; thread-safe.
 */
final class WebhookSender {
    static final String USER_AGENT = "Billhook/0.1";
    static final int MAX_RESPONSE_BODY_BYTES = 4096;

    private final HttpClient client;
    private final Duration timeout;
    private final TargetPolicy policy;
    private final Clock clock;

    WebhookSender(Duration timeout, TargetPolicy policy, Clock clock, Executor executor) {
        this.timeout = timeout;
        this.policy = policy;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
    }

    /** Sends {@code job} once. Interrupting the calling thread abandons the attempt (as a failure). */
    Attempt send(DeliveryJob job) {
        long startedAt = clock.millis();
        long start = System.nanoTime();
        AttemptOutcome outcome;
        try {
            outcome = attempt(job);
        } catch (RuntimeException e) {
            // A row the API never validated (a malformed secret or URL): fail the attempt, not the worker.
            outcome = new AttemptOutcome.NoResponse("request could not be built (" + e.getClass().getSimpleName() + ")");
        }
        return new Attempt(startedAt, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), outcome);
    }

    private AttemptOutcome attempt(DeliveryJob job) {
        URI uri;
        try {
            uri = TargetPolicy.parse(job.url());
            policy.checkAddresses(uri);
        } catch (TargetPolicy.Refused e) {
            return new AttemptOutcome.NoResponse("target refused: url " + e.getMessage());
        }
        byte[] body = job.body();
        long sentAtSeconds = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("X-Commet-Signature", WebhookSigner.sign(body, job.secret()))
                .header("X-Commet-Event", job.eventType())
                .header("X-Commet-Timestamp", IsoTime.format(job.eventCreatedAt()))
                .header("X-Commet-Event-Id", job.eventId())
                .header("webhook-id", job.eventId())
                .header("webhook-timestamp", Long.toString(sentAtSeconds))
                .header("webhook-signature", WebhookSigner.signStandard(job.eventId(), sentAtSeconds, body, job.secret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        CompletableFuture<HttpResponse<String>> response =
                client.sendAsync(request, TruncatingBody.handler(MAX_RESPONSE_BODY_BYTES));
        try {
            HttpResponse<String> answer = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new AttemptOutcome.Responded(answer.statusCode(), answer.body());
        } catch (TimeoutException e) {
            response.cancel(true);
            return timedOut();
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            return new AttemptOutcome.NoResponse("abandoned: the server was shutting down");
        } catch (ExecutionException e) {
            return failure(e.getCause());
        }
    }

    private AttemptOutcome failure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new AttemptOutcome.NoResponse("connect timeout after " + timeout.toMillis() + " ms");
        }
        if (cause instanceof HttpTimeoutException) return timedOut();
        if (cause instanceof ConnectException) return new AttemptOutcome.NoResponse("connection refused");
        if (cause instanceof IOException) {
            String detail = cause.getMessage() == null ? "" : ": " + cause.getMessage();
            return new AttemptOutcome.NoResponse("network error (" + cause.getClass().getSimpleName() + ")" + detail);
        }
        return new AttemptOutcome.NoResponse("request failed (" + cause.getClass().getSimpleName() + ")");
    }

    private AttemptOutcome timedOut() {
        return new AttemptOutcome.NoResponse("timeout after " + timeout.toMillis() + " ms");
    }
}
