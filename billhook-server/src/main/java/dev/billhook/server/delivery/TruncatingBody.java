package dev.billhook.server.delivery;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first {@code limit} bytes of a response body, for the attempt record, and stops
 * reading there: a receiver answering with megabytes costs a delivery worker nothing. The text
 * is decoded as UTF-8 (a character cut at the limit becomes a replacement character).
 */
final class TruncatingBody implements HttpResponse.BodySubscriber<String> {
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    TruncatingBody(int limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<String> handler(int limit) {
        return info -> new TruncatingBody(limit);
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), limit - kept.size());
            byte[] bytes = new byte[take];
            buffer.get(bytes);
            kept.write(bytes, 0, take);
        }
        if (kept.size() >= limit) {
            subscription.cancel();
            complete();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        complete();
    }

    private void complete() {
        result.complete(new String(kept.toByteArray(), StandardCharsets.UTF_8));
    }
}
