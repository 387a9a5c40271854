package dev.billhook.benchmarks;

import dev.billhook.webhook.WebhookSigner;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sender's side: {@link WebhookSigner#sign} (the {@code X-Commet-Signature} of one body)
 * against a {@link Mac} keyed once and reused, both producing the same lowercase hex.
 *
 * <pre>
 * ./mvnw -q -B -pl billhook-benchmarks -am package -DskipTests
 * java -jar billhook-benchmarks/target/benchmarks.jar SignerBenchmark -prof gc
 * </pre>
 *
 * <p>{@code sign} is a static call taking the secret as a string, so every call derives the key
 * and prepares a fresh {@link Mac}; {@link #reusedMac} shows what that preparation costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignerBenchmark {
    private byte[] body;
    private Mac mac;

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        body = Payloads.COMMET;
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Payloads.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    /** The SDK's signer, as the server calls it once per delivery attempt. */
    @Benchmark
    public String sign() {
        return WebhookSigner.sign(body, Payloads.SECRET);
    }

    /** The floor: a pre-keyed, reused Mac and the JDK's hex formatter. */
    @Benchmark
    public String reusedMac() {
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
