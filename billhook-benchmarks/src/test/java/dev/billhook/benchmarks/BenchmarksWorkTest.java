package dev.billhook.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.WebhookSigner;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs each benchmark method once, in-process, after its setup, so {@code ./mvnw verify} proves
 * every benchmark still measures a successful delivery (a benchmark that fails fast would otherwise
 * look fast). Timing is JMH's job, not this test's.
 */
class BenchmarksWorkTest {
    // JMH guards direct construction with this exact sentence.
    private static final Blackhole BLACKHOLE =
            new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly"
                            + " is dangerous.");

    private final ReceiverBenchmark receiver = new ReceiverBenchmark();
    private final SignerBenchmark signer = new SignerBenchmark();
    private final ReceiverStagesBenchmark stages = new ReceiverStagesBenchmark();

    @BeforeEach
    void setUp() throws Exception {
        receiver.setUp(BLACKHOLE);
        receiver.signWithCurrentTime();
        signer.setUp();
        stages.setUp();
    }

    @Test
    void floorVerifiesTheSignature() throws Exception {
        assertThat(receiver.floor(BLACKHOLE)).isTrue();
    }

    @Test
    void billhookAnswers200WithTheCommetHeaders() {
        assertThat(receiver.billhook()).isEqualTo(WebhookResponse.RECEIVED);
    }

    @Test
    void billhookAnswers200WithTheSignedTimestampHeaders() {
        assertThat(receiver.billhookSignedTimestamp()).isEqualTo(WebhookResponse.RECEIVED);
    }

    @Test
    void standardWebhooksVerifiesAndReadsTheCustomer() throws Exception {
        assertThat(receiver.standardWebhooks()).isEqualTo(Payloads.CUSTOMER_ID);
    }

    @Test
    void stripeVerifiesAndReadsTheCustomer() throws Exception {
        assertThat(receiver.stripe()).isEqualTo("cus_RqT8vW2xY4zA6b");
    }

    @Test
    void bothSignersProduceTheCommetSignature() {
        String expected = WebhookSigner.sign(Payloads.COMMET, Payloads.SECRET);
        assertThat(signer.sign()).isEqualTo(expected);
        assertThat(signer.reusedMac()).isEqualTo(expected);
    }

    @Test
    void stagesVerifyParseAndReadTheWholeBody() throws Exception {
        assertThat(stages.verify()).isTrue();
        assertThat(stages.parse()).isInstanceOf(SubscriptionActivatedEvent.class);
        assertThat(stages.readBounded()).isEqualTo(Payloads.COMMET);
        assertThat(stages.readExact()).isEqualTo(Payloads.COMMET);
        assertThat(stages.clonedMac()).isEqualTo(stages.reusedMac());
        assertThat(stages.instantParse()).hasToString("2026-03-25T14:30:00Z");
        assertThat(stages.strictReadTree()).isEqualTo(stages.plainReadTree());
    }

    @Test
    void bodiesAreOfSimilarSize() {
        assertThat(Payloads.COMMET.length).isBetween(500, 1100);
        assertThat(Payloads.STRIPE.length)
                .isBetween(Payloads.COMMET.length * 8 / 10, Payloads.COMMET.length * 12 / 10);
    }
}
