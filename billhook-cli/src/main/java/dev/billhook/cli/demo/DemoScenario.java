package dev.billhook.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The story the demo tells: two customers through a subscription's life, each step made through
 * the public API and checkout, each followed by the webhooks it must produce. A step passes when
 * the sample receiver has verified and accepted every expected delivery.
 */
final class DemoScenario {
    static final List<String> CORE_EVENTS = List.of(
            "subscription.created", "subscription.activated", "subscription.updated", "subscription.canceled",
            "subscription.plan_changed", "payment.received", "payment.failed", "invoice.created");
    static final String GOOD_CARD = "4242424242424242";
    static final String RENEWALS_DECLINE_CARD = "4000000000000341";
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(15);

    private final DemoApi api;
    private final DeliveryLog log;
    private final PrintStream out;
    private int step;

    DemoScenario(DemoApi api, DeliveryLog log, PrintStream out) {
        this.api = api;
        this.log = log;
        this.out = out;
    }

    void run() throws InterruptedException {
        JsonNode alice = api.post("/customers", Map.of(
                "email", "alice@example.com", "fullName", "Alice Example", "externalId", "alice"));
        JsonNode aliceSub = step("Alice subscribes to the Starter plan", List.of("subscription.created"),
                () -> api.post("/subscriptions", Map.of("customerId", alice.get("id").asText(), "planCode", "starter")));
        step("Alice pays at checkout with " + GOOD_CARD,
                List.of("invoice.created", "payment.received", "subscription.activated"),
                () -> api.payCheckout(aliceSub.get("checkoutUrl").asText(), GOOD_CARD));
        String proPlanId = planId("pro");
        step("Alice moves to the Pro plan (prorated)",
                List.of("subscription.plan_changed"),
                () -> api.post("/subscriptions/" + aliceSub.get("id").asText() + "/change-plan",
                        Map.of("newPlanId", proPlanId)));
        step("A month passes on the test clock: Alice renews", List.of("invoice.created", "payment.received"),
                this::nextMonth);

        JsonNode bob = api.post("/customers", Map.of(
                "email", "bob@example.com", "fullName", "Bob Example", "externalId", "bob"));
        step("Bob subscribes with " + RENEWALS_DECLINE_CARD + " (a card whose renewals decline)",
                List.of("subscription.created", "subscription.activated", "payment.received"),
                () -> {
                    JsonNode bobSub = api.post("/subscriptions",
                            Map.of("customerId", bob.get("id").asText(), "planCode", "starter"));
                    return api.payCheckout(bobSub.get("checkoutUrl").asText(), RENEWALS_DECLINE_CARD);
                });
        step("Another month passes: Bob's renewal charge is declined", List.of("payment.failed"), this::nextMonth);
        step("Alice schedules her cancellation for the end of the period", List.of("subscription.updated"),
                () -> api.post("/subscriptions/" + aliceSub.get("id").asText() + "/cancel",
                        Map.of("reason", "switching_provider")));
        step("The period ends: Alice's subscription is canceled", List.of("subscription.canceled"), this::nextMonth);

        out.println();
        out.println("The source of truth agrees (GET /subscriptions/active):");
        out.println("  alice: " + describe(api.get("/subscriptions/active?customerId=alice")));
        out.println("  bob:   " + describe(api.get("/subscriptions/active?customerId=bob")));
    }

    private JsonNode nextMonth() {
        api.post("/test-clock", Map.of("advanceDays", 31));
        return api.post("/test-clock/process-billing", Map.of());
    }

    private String planId(String code) {
        for (JsonNode plan : api.get("/plans")) {
            if (code.equals(plan.path("code").asText())) return plan.get("id").asText();
        }
        throw new DemoFailure("the server has no plan with code '" + code + "'");
    }

    private static String describe(JsonNode subscription) {
        if (subscription == null || subscription.isNull()) return "no active subscription (access revoked)";
        return subscription.path("status").asText() + " on " + subscription.path("plan").path("name").asText()
                + " (access granted)";
    }

    private JsonNode step(String title, List<String> expected, Action action) throws InterruptedException {
        out.printf("%n%d. %s%n", ++step, title);
        int mark = log.mark();
        JsonNode result = action.run();
        log.await(mark, expected, STEP_TIMEOUT);
        return result;
    }

    @FunctionalInterface
    private interface Action {
        JsonNode run();
    }
}
