package dev.billhook.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.Subscription;

import dev.billhook.webhook.HeaderLookup;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.WebhookSigner;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What it costs to accept one verified webhook, from raw body bytes and request headers to a
 * parsed event in the application's hands, against the irreducible work and two peer libraries.
 * Every method verifies an HMAC-SHA256 signature and parses the JSON of a body of the same size;
 * none touches the network.
 *
 * <pre>
 * ./mvnw -q -B -pl billhook-benchmarks -am package -DskipTests
 * java -jar billhook-benchmarks/target/benchmarks.jar ReceiverBenchmark -prof gc
 * </pre>
 *
 * <ul>
 *   <li>{@link #floor}: HMAC-SHA256 of the body with a {@link Mac} keyed once per thread and reused,
 *       a constant-time compare with the expected digest, and a plain Jackson {@code readTree}. No
 *       receiver can do less; the other figures are read as a fraction of this one.
 *   <li>{@link #billhook}: {@link WebhookDispatcher#handle(byte[], HeaderLookup)} with the Commet
 *       headers a delivery from Commet carries: size limit, {@code X-Commet-Signature} check, strict
 *       parse into a typed {@code SubscriptionActivatedEvent}, and a typed handler that reads
 *       {@code customerId}.
 *   <li>{@link #billhookSignedTimestamp}: the same, with the Standard Webhooks headers Billhook's
 *       own server adds ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}),
 *       so the SDK checks the signed timestamp instead. The like-for-like peer of {@link
 *       #standardWebhooks}.
 *   <li>{@link #standardWebhooks}: the Standard Webhooks reference library ({@code
 *       com.standardwebhooks:standardwebhooks}): decode the body to the {@code String} its API
 *       takes, {@code Webhook.verify(payload, headers)}, then the Jackson {@code readTree} a user
 *       must add because that library only verifies, and read {@code customerId}.
 *   <li>{@link #stripe}: {@code com.stripe.net.Webhook.constructEvent} on a Stripe-shaped event of
 *       similar size (signature {@code t=<ts>,v1=<hex HMAC of "ts.payload">}), then the typed
 *       {@code Subscription} a user reads {@code customer} from.
 * </ul>
 *
 * <p>Signed timestamps are made fresh before each iteration, so the libraries' default tolerances
 * (5 minutes) apply and runs of any length verify. Each thread has its own copy of this state; the
 * dispatcher and verifiers are thread-safe, but a reused {@link Mac} is not.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReceiverBenchmark {
    private static final String STANDARD_MSG_ID = "msg_2vQH7kLmN4pR8sT1wX3yZ5aB";

    private byte[] body;
    private byte[] expectedMac;
    private Mac mac;
    private ObjectMapper mapper;

    private WebhookDispatcher dispatcher;
    private HeaderLookup commetHeaders;
    private HeaderLookup signedTimestampHeaders;

    private com.standardwebhooks.Webhook standardWebhook;
    private Map<String, List<String>> standardHeaders;

    private String stripePayload;
    private String stripeSignature;

    private Blackhole sink;

    /** Keys the MACs, builds the dispatcher and the Commet headers: once per trial. */
    @Setup(Level.Trial)
    public void setUp(Blackhole blackhole) throws GeneralSecurityException {
        sink = blackhole;
        body = Payloads.COMMET;
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Payloads.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        expectedMac = HexFormat.of().parseHex(WebhookSigner.sign(body, Payloads.SECRET));
        mapper = new ObjectMapper();

        dispatcher =
                WebhookDispatcher.builder(Payloads.SECRET)
                        .onSubscriptionActivated(e -> sink.consume(e.data().customerId()))
                        .build();
        commetHeaders = HeaderLookup.of(commetHeaderMap());

        standardWebhook = new com.standardwebhooks.Webhook(Payloads.SECRET);
        stripePayload = new String(Payloads.STRIPE, StandardCharsets.UTF_8);
    }

    /** Signs the timestamped schemes with the current time, so no tolerance is ever exceeded. */
    @Setup(Level.Iteration)
    public void signWithCurrentTime() {
        long now = System.currentTimeMillis() / 1000;

        Map<String, String> both = commetHeaderMap();
        both.put("webhook-id", STANDARD_MSG_ID);
        both.put("webhook-timestamp", Long.toString(now));
        both.put(
                "webhook-signature",
                WebhookSigner.signStandard(STANDARD_MSG_ID, now, body, Payloads.SECRET));
        signedTimestampHeaders = HeaderLookup.of(both);

        standardHeaders = new LinkedHashMap<>();
        both.forEach((name, value) -> standardHeaders.put(name, List.of(value)));

        String signedPayload = now + "." + stripePayload;
        stripeSignature = "t=" + now + ",v1=" + hmacHex(Payloads.STRIPE_SECRET, signedPayload);
    }

    /** HMAC + constant-time compare + Jackson tree: the least any receiver can do. */
    @Benchmark
    public boolean floor(Blackhole bh) throws IOException {
        boolean verified = MessageDigest.isEqual(mac.doFinal(body), expectedMac);
        JsonNode tree = mapper.readTree(body);
        bh.consume(tree);
        return verified;
    }

    /** The SDK end to end with Commet's headers; the handler consumes {@code customerId}. */
    @Benchmark
    public WebhookResponse billhook() {
        return dispatcher.handle(body, commetHeaders);
    }

    /** The SDK end to end with Billhook's signed-timestamp headers as well. */
    @Benchmark
    public WebhookResponse billhookSignedTimestamp() {
        return dispatcher.handle(body, signedTimestampHeaders);
    }

    /** Standard Webhooks reference library: String conversion, verify, then the user's parse. */
    @Benchmark
    public String standardWebhooks() throws Exception {
        String payload = new String(body, StandardCharsets.UTF_8);
        standardWebhook.verify(payload, standardHeaders);
        return mapper.readTree(payload).get("data").get("customerId").textValue();
    }

    /** Stripe: verify + Gson event parse, then the typed object a handler reads. */
    @Benchmark
    public String stripe() throws SignatureVerificationException {
        Event event = com.stripe.net.Webhook.constructEvent(
                stripePayload, stripeSignature, Payloads.STRIPE_SECRET);
        Subscription subscription =
                (Subscription) event.getDataObjectDeserializer().getObject().orElseThrow();
        return subscription.getCustomer();
    }

    /** The headers a Commet delivery arrives with, plus the usual transport ones. */
    private Map<String, String> commetHeaderMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "api.acme.test");
        headers.put("User-Agent", "Commet-Webhooks/1.0");
        headers.put("Content-Type", "application/json");
        headers.put("Content-Length", Integer.toString(body.length));
        headers.put("Accept-Encoding", "gzip");
        headers.put("X-Commet-Signature", WebhookSigner.sign(body, Payloads.SECRET));
        headers.put("X-Commet-Event", "subscription.activated");
        headers.put("X-Commet-Timestamp", "2026-03-25T14:30:00.000Z");
        headers.put("X-Commet-Event-Id", Payloads.COMMET_EVENT_ID);
        return headers;
    }

    private static String hmacHex(String secret, String message) {
        try {
            Mac stripeMac = Mac.getInstance("HmacSHA256");
            stripeMac.init(
                    new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(stripeMac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
