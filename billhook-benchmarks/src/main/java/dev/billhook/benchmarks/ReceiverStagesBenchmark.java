package dev.billhook.benchmarks;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.billhook.webhook.HeaderLookup;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.WebhookParser;
import dev.billhook.webhook.WebhookSigner;
import dev.billhook.webhook.WebhookVerifier;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where {@link ReceiverBenchmark#billhook}'s time goes: the SDK's public stages one at a time, and
 * JDK or Jackson calls that reproduce what the SDK does inside them. A diagnostic companion to
 * {@link ReceiverBenchmark}, read the same way (ops/s and B/op with {@code -prof gc}).
 *
 * <pre>
 * java -jar billhook-benchmarks/target/benchmarks.jar ReceiverStagesBenchmark -prof gc
 * </pre>
 *
 * <ul>
 *   <li>{@link #verify}: {@link WebhookVerifier#verify(byte[], HeaderLookup)} alone.
 *   <li>{@link #parse}: {@link WebhookParser#parse} alone (envelope, timestamp, typed record).
 *   <li>{@link #readBounded}: reading a 650-byte body through a counting {@link
 *       FilterInputStream} with {@code readNBytes(limit + 1)} and the default 1 MiB limit, as the
 *       dispatcher reads a {@code byte[]} it was handed; {@link #readExact} is the same read sized
 *       to the array.
 *   <li>{@link #clonedMac}: HMAC-SHA256 with a clone of a keyed prototype {@link Mac}, as the SDK
 *       computes every MAC (thread-safe without a ThreadLocal); {@link #reusedMac} reuses one Mac.
 *   <li>{@link #instantParse}: {@link Instant#parse} of the envelope timestamp.
 *   <li>{@link #strictReadTree}: Jackson {@code readTree} with the SDK's strictness (duplicate
 *       keys, trailing tokens); compare with {@link #plainReadTree}.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReceiverStagesBenchmark {
    private static final int LIMIT = WebhookDispatcher.DEFAULT_MAX_BODY_BYTES;

    private byte[] body;
    private WebhookVerifier verifier;
    private HeaderLookup headers;
    private ObjectMapper plain;
    private ObjectMapper strict;
    private Mac mac;

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        body = Payloads.COMMET;
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Payloads.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        verifier = WebhookVerifier.create(Payloads.SECRET);
        headers =
                HeaderLookup.of(
                        Map.of(
                                "Content-Type", "application/json",
                                "X-Commet-Signature", WebhookSigner.sign(body, Payloads.SECRET),
                                "X-Commet-Event", "subscription.activated"));
        plain = new ObjectMapper();
        strict =
                JsonMapper.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .build();
    }

    @Benchmark
    public boolean verify() {
        verifier.verify(body, headers);
        return true;
    }

    @Benchmark
    public WebhookEvent parse() {
        return WebhookParser.parse(body);
    }

    @Benchmark
    public byte[] readBounded() throws IOException {
        return new Counting(new ByteArrayInputStream(body)).readNBytes(LIMIT + 1);
    }

    @Benchmark
    public byte[] readExact() throws IOException {
        return new Counting(new ByteArrayInputStream(body)).readNBytes(body.length + 1);
    }

    @Benchmark
    public byte[] clonedMac() throws CloneNotSupportedException {
        return ((Mac) mac.clone()).doFinal(body);
    }

    @Benchmark
    public byte[] reusedMac() {
        return mac.doFinal(body);
    }

    @Benchmark
    public Instant instantParse() {
        return Instant.parse("2026-03-25T14:30:00.000Z");
    }

    @Benchmark
    public JsonNode strictReadTree() throws IOException {
        return strict.readTree(body);
    }

    @Benchmark
    public JsonNode plainReadTree() throws IOException {
        return plain.readTree(body);
    }

    /** A pass-through wrapper, so the JDK's generic readNBytes runs as it does in the SDK. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(ByteArrayInputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
