package dev.billhook.server.api;

import static dev.billhook.server.api.BillingErrors.translating;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.account.Organization;
import dev.billhook.server.billing.BillingRun;
import dev.billhook.server.billing.TestClocks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** {@code /test-clock}: read it, move it ({@code advanceDays} or {@code frozenTime}), run billing at it. */
public final class TestClockApi {
    private final TestClocks clocks;
    private final BillingRun billingRun;

    public TestClockApi(TestClocks clocks, BillingRun billingRun) {
        this.clocks = clocks;
        this.billingRun = billingRun;
    }

    public void register(Routes routes) {
        routes.get("/test-clock", translating(r -> ApiResponse.ok(json(clocks.get(r.organization()), r.organization()))));
        routes.post("/test-clock", translating(this::advance));
        routes.post("/test-clock/process-billing", translating(this::processBilling));
    }

    private ApiResponse advance(ApiRequest r) {
        JsonBody body = r.json();
        Long days = body.optionalLong("advanceDays");
        String frozen = body.optionalString("frozenTime");
        return ApiResponse.ok(json(clocks.advance(r.organization(), days, frozen == null ? null : parseInstant(frozen)),
                r.organization()));
    }

    private ApiResponse processBilling(ApiRequest r) {
        BillingRun.Result result = billingRun.process(r.organization());
        ObjectNode o = Json.object();
        o.put("customersFound", result.customersFound());
        o.put("enqueued", result.enqueued());
        o.put("failed", result.failed());
        o.put("dunningRetried", result.dunningRetried());
        o.put("dunningFailed", result.dunningFailed());
        o.put("object", "test_clock");
        o.put("livemode", r.organization().livemode());
        return ApiResponse.ok(o);
    }

    /** An ISO-8601 instant ({@code 2030-01-01T00:00:00Z}, offsets allowed) or a date, taken as UTC midnight. */
    private static long parseInstant(String value) {
        try {
            try {
                return Instant.parse(value).toEpochMilli();
            } catch (DateTimeParseException notInstant) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
        } catch (DateTimeParseException notDate) {
            throw ApiException.validation("frozenTime", "must be an ISO-8601 instant such as 2030-01-01T00:00:00Z");
        } catch (ArithmeticException outOfRange) {
            throw ApiException.validation("frozenTime", "is too far from the present");
        }
    }

    private static ObjectNode json(TestClocks.State state, Organization org) {
        ObjectNode o = Json.object();
        o.put("simulatedTime", state.simulated() == null ? null : IsoTime.format(state.simulated()));
        o.put("isActive", state.isActive());
        o.put("now", IsoTime.format(state.now()));
        o.put("object", "test_clock");
        o.put("livemode", org.livemode());
        return o;
    }
}
