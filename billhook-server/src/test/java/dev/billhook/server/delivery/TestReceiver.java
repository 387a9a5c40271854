package dev.billhook.server.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on loopback for tests: records every request (headers and raw bytes, with
 * the arrival time) and answers from a script of replies, then with a default reply.
 */
final class TestReceiver implements AutoCloseable {

    /** One recorded request; header names are lower-cased. */
    record Received(String method, String path, Map<String, List<String>> headers, byte[] body, long arrivedNanos) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A scripted answer: status, body, extra headers, and a delay before answering. */
    record Reply(int status, String body, Map<String, String> headers, Duration delay) {
        static Reply status(int status) {
            return new Reply(status, "{\"received\":" + (status < 300) + "}", Map.of(), Duration.ZERO);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> all = new TreeMap<>(headers);
            all.put(name, value);
            return new Reply(status, body, all, delay);
        }

        Reply after(Duration wait) {
            return new Reply(status, body, headers, wait);
        }

        Reply withBody(String text) {
            return new Reply(status, text, headers, delay);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private volatile Reply fallback = Reply.status(200);

    private TestReceiver(HttpServer server) {
        this.server = server;
    }

    static TestReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestReceiver receiver = new TestReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(receiver.threads);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT/hooks/...}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    String url() {
        return url("/hook");
    }

    /** Answers the next requests with {@code replies}, in order. */
    TestReceiver enqueue(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Answers every request not covered by the script with {@code reply}. */
    TestReceiver always(Reply reply) {
        fallback = reply;
        return this;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The {@code n}th request (1-based), waiting a bounded time for it. */
    Received awaitRequest(int n) {
        Eventually.until(() -> received.size() >= n, "request #" + n + " to arrive (got " + received.size() + ")");
        return received.get(n - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body, arrived));
        Reply reply = script.poll();
        if (reply == null) reply = fallback;
        try {
            if (!reply.delay().isZero()) Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        } catch (IOException ignored) {
            // the sender gave up (a timeout test); nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
