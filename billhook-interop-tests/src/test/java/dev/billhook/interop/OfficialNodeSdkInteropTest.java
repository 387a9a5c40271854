package dev.billhook.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Billhook against a peer nobody here wrote: the official {@code @commet/node} SDK, pinned by
 * {@code src/test/node/package-lock.json}. Its {@code Commet} client drives a real server, and its
 * {@code Webhooks} class receives what the server sends. One run ({@link InteropRun}) feeds every
 * test below; each test judges one promise.
 *
 * <p>Needs Node.js 18+ and npm on the PATH. Without them the tests are skipped on a developer's
 * machine and fail under CI (env {@code CI} set), which must run them.
 */
@Timeout(value = 9, unit = TimeUnit.MINUTES)
class OfficialNodeSdkInteropTest {
    private static final Pattern MILLIS_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    /**
     * What {@code POST /webhooks/{id}/test} sends: deliberately outside the SDK's {@code WebhookEvent}
     * union (a fake billing event could make a receiver act), so only its envelope is held to the
     * catalog. Any other type the SDK does not declare is a failure.
     */
    private static final String TEST_EVENT = "webhook.test";

    private static String skipReason;
    private static Catalog catalog;
    private static InteropRun.Outcome run;

    @BeforeAll
    static void runTheOfficialSdkAgainstBillhook(@TempDir Path dataDir) throws Exception {
        NodeToolchain.Located located = NodeToolchain.locate();
        if (located.toolchain() == null) {
            String ci = System.getenv("CI");
            String message = "Node.js not found; install Node 18+ to run the official-SDK interop test ("
                    + located.problem() + ")";
            if (ci != null && !ci.isBlank()) fail(message + ". CI is set, so this test must run.");
            // Skipped test by test (see below), so the reason shows on each one in the report.
            skipReason = message;
            return;
        }
        NodeToolchain node = located.toolchain();
        Path catalogFile = Path.of(System.getProperty("billhook.catalog", "../contract/commet-catalog.json"));
        Path workDir = Path.of(System.getProperty("billhook.nodeWorkDir", "target/node-interop"));
        catalog = Catalog.load(catalogFile);

        String sdkVersion = node.prepare(Path.of(System.getProperty("billhook.nodeSources", "src/test/node")), workDir);
        System.out.println("interop: official SDK @commet/node " + sdkVersion + " on Node.js " + node.nodeVersion());
        assertThat(sdkVersion).as("the SDK the catalog was extracted from").isEqualTo(catalog.sdkVersion());

        run = InteropRun.execute(node, workDir, catalogFile, dataDir);
        Map<String, Integer> perType = new TreeMap<>();
        run.deliveries().forEach(d -> perType.merge(d.path("event").asText(), 1, Integer::sum));
        System.out.println("interop: " + run.calls().size() + " client calls, deliveries per type " + perType
                + ", TypeScript " + (run.typecheck() == null ? "-" : run.typecheck().path("typescript").asText())
                + ", records in " + run.runDir());
    }

    @BeforeEach
    void skipWithoutNode() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    @Test
    void theRunItselfCompletes() {
        assertThat(run.problems()).as("harness problems").isEmpty();
        assertThat(run.driverExit()).as("drive.mjs exit code (1: a client call failed)").isNotNull();
    }

    @Test
    void theOfficialClientsCallsSucceedAndAgreeWithTheServersState() {
        JsonNode result = run.driverResult();
        assertThat(result).as("drive.mjs result line").isNotNull();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(result.path("fatal").isMissingNode())
                .as("a call that failed outright: %s", result.path("fatal").toPrettyString()).isTrue();
        softly.assertThat(result.path("failures")).as("consistency checks that failed").isEmpty();
        softly.assertThat(result.path("rewrites").asInt()).as("requests rerouted from https://commet.co").isPositive();
        softly.assertAll();
    }

    @Test
    void everyClientAnswerHasTheShapeTheCatalogDeclares() {
        ShapeChecker checker = new ShapeChecker(catalog);
        List<String> problems = new ArrayList<>();
        for (JsonNode call : run.calls()) {
            if (!call.has("response")) continue; // a failed call is reported by the test above
            String client = call.path("client").asText();
            String method = call.path("method").asText();
            String dataType = catalog.dataType(client, method)
                    .orElseThrow(() -> new AssertionError(client + "." + method + " is not in the catalog's restApi"));
            for (String p : checker.check(call.path("response"), "ApiResponse<" + dataType + ">")) {
                problems.add(client + "." + method + " (" + call.path("label").asText() + ", data: " + dataType + ") " + p);
            }
        }
        assertThat(run.calls()).as("recorded client calls").isNotEmpty();
        assertThat(problems).as("answers that differ from the catalog").isEmpty();
    }

    @Test
    void everyAnswerAndDeliveryTypeChecksAgainstTheSdksDeclarations() {
        JsonNode typecheck = run.typecheck();
        assertThat(typecheck).as("typecheck.mjs verdict").isNotNull();
        assertThat(typecheck.path("checked").asInt()).as("values type-checked").isPositive();
        assertThat(typecheck.path("errors")).as("tsc errors (source, line, message) in %s",
                typecheck.path("file").asText()).isEmpty();
    }

    @Test
    void everyDeliveryVerifiesParsesAndReachesItsHandler() {
        assertThat(run.deliveries()).as("deliveries received").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (JsonNode d : run.deliveries()) {
            String event = d.path("event").asText(null);
            String where = "delivery #" + d.path("seq").asInt() + " (" + d.path("headers").path("event").asText() + ")";
            expect(problems, where, "the secret was handed over first", d.path("secretKnown").asBoolean());
            expect(problems, where, "Webhooks.verify is true", d.path("verify").asBoolean());
            expect(problems, where, "Webhooks.verifyAndParse is non-null", d.path("parsed").asBoolean());
            expect(problems, where, "Webhooks.process is non-null", d.path("processed").asBoolean());
            expect(problems, where, "answered 200, got " + d.path("status").asInt(), d.path("status").asInt() == 200);
            expect(problems, where, "X-Commet-Event equals the body's event",
                    d.path("headers").path("event").asText().equals(event));
            expect(problems, where, "X-Commet-Event-Id equals the body's id",
                    d.path("id").isTextual() && d.path("headers").path("eventId").asText().equals(d.path("id").asText()));
            expect(problems, where, "X-Commet-Timestamp is an ISO instant in milliseconds, got "
                    + d.path("headers").path("timestamp"), MILLIS_INSTANT.matcher(d.path("headers").path("timestamp").asText()).matches());
            expect(problems, where, "Content-Type is application/json",
                    d.path("headers").path("contentType").asText().startsWith("application/json"));
            List<String> ran = new ArrayList<>();
            d.path("handlers").forEach(h -> ran.add(h.path("type").asText()));
            List<String> expected = InteropRun.CORE_EVENTS.contains(event) ? List.of(event) : List.of();
            expect(problems, where, "handlers run " + expected + ", ran " + ran, ran.equals(expected));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void eachOfTheEightCoreEventsArrivesAtLeastOnce() {
        List<String> arrived = run.deliveries().stream()
                .filter(d -> d.path("status").asInt() == 200).map(d -> d.path("event").asText()).distinct().toList();
        assertThat(arrived).as("event types delivered and accepted").containsAll(InteropRun.CORE_EVENTS);
    }

    @Test
    void deliveriesConcernOnlyTheSubscriptionsTheClientCreated() {
        JsonNode ids = run.driverResult() == null ? null : run.driverResult().path("ids");
        assertThat(ids).as("drive.mjs result line").isNotNull();
        List<String> created = List.of(ids.path("aliceSubscription").asText(), ids.path("bobSubscription").asText());
        List<String> strangers = new ArrayList<>();
        for (JsonNode d : run.deliveries()) {
            JsonNode subscription = d.path("payload").path("data").path("subscriptionId");
            if (subscription.isTextual() && !created.contains(subscription.asText())) {
                strangers.add("delivery #" + d.path("seq").asInt() + " (" + d.path("event").asText() + ") for " + subscription.asText());
            }
        }
        assertThat(strangers).as("events for subscriptions the client never created (created: %s)", created).isEmpty();
    }

    @Test
    void theTestDeliveryReachesTheOfficialReceiverAndVerifies() {
        assertThat(run.deliveries())
                .as("a %s delivery that verified and was answered 200", TEST_EVENT)
                .anyMatch(d -> TEST_EVENT.equals(d.path("event").asText())
                        && d.path("verify").asBoolean() && d.path("status").asInt() == 200);
    }

    @Test
    void everyDeliveryHasTheShapeTheCatalogDeclares() {
        ShapeChecker checker = new ShapeChecker(catalog);
        List<String> problems = new ArrayList<>();
        for (JsonNode d : run.deliveries()) {
            JsonNode payload = d.path("payload");
            if (!payload.isObject()) continue; // unparsed: reported by the delivery test
            String event = payload.path("event").asText();
            String where = "delivery #" + d.path("seq").asInt() + " (" + event + ") ";
            List<Catalog.Field> envelope = new ArrayList<>();
            for (Catalog.Field f : catalog.envelopeFields()) {
                String type = f.type().equals("E") ? "\"" + event + "\"" : f.type().equals("D") ? "unknown" : f.type();
                envelope.add(new Catalog.Field(f.name(), type, f.optional()));
            }
            checker.checkFields(payload, envelope).forEach(p -> problems.add(where + p));
            Optional<List<Catalog.Field>> data = catalog.eventData(event);
            if (data.isPresent()) {
                checker.checkFields(payload.path("data"), data.get())
                        .forEach(p -> problems.add(where + p.replaceFirst("^\\$", "\\$.data")));
            } else if (!event.equals(TEST_EVENT)) {
                problems.add(where + "the event type is not one the SDK declares");
            }
        }
        assertThat(problems).as("deliveries that differ from the catalog").isEmpty();
    }

    private static void expect(List<String> problems, String where, String what, boolean ok) {
        if (!ok) problems.add(where + ": " + what);
    }
}
