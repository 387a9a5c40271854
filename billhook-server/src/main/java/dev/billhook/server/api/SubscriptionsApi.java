package dev.billhook.server.api;

import static dev.billhook.server.api.BillingErrors.translating;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.account.Organization;
import dev.billhook.server.billing.PlanChanges;
import dev.billhook.server.billing.SubscriptionDetail;
import dev.billhook.server.billing.SubscriptionStatus;
import dev.billhook.server.billing.Subscriptions;

/** {@code /subscriptions}: create, get, list, getActive, cancel, change-plan. */
public final class SubscriptionsApi {
    private final Subscriptions subscriptions;
    private final PlanChanges planChanges;

    public SubscriptionsApi(Subscriptions subscriptions, PlanChanges planChanges) {
        this.subscriptions = subscriptions;
        this.planChanges = planChanges;
    }

    public void register(Routes routes) {
        routes.get("/subscriptions", translating(this::list));
        routes.post("/subscriptions", translating(this::create));
        routes.get("/subscriptions/active", translating(this::active));
        routes.get("/subscriptions/{id}", translating(r ->
                ApiResponse.ok(SubscriptionJson.of(subscriptions.get(r.organization(), r.pathParam("id")), r.organization()))));
        routes.post("/subscriptions/{id}/cancel", translating(this::cancel));
        routes.post("/subscriptions/{id}/change-plan", translating(this::changePlan));
    }

    private ApiResponse create(ApiRequest r) {
        JsonBody body = r.json();
        var request = new Subscriptions.NewSubscription(body.requiredString("customerId"), body.optionalString("planId"),
                body.optionalString("planCode"), body.optionalString("billingInterval"), body.optionalString("name"));
        return ApiResponse.created(SubscriptionJson.of(subscriptions.create(r.organization(), request), r.organization()));
    }

    private ApiResponse list(ApiRequest r) {
        String status = r.query("status");
        SubscriptionStatus parsed = status == null ? null : SubscriptionStatus.ofWire(status).orElseThrow(() ->
                ApiException.validation("status", "must be one of draft, pending_payment, trialing, active, past_due, canceled"));
        return ApiResponse.page(subscriptions.list(r.organization(), r.query("customerId"), parsed).stream()
                .map(d -> SubscriptionJson.of(d, r.organization())).toList(), false, null);
    }

    /** {@code data: null} when nothing grants access: the official client types it {@code Subscription | null}. */
    private ApiResponse active(ApiRequest r) {
        return ApiResponse.ok(subscriptions.active(r.organization(), r.requiredQuery("customerId"))
                .map(d -> SubscriptionJson.of(d, r.organization())).orElse(null));
    }

    private ApiResponse cancel(ApiRequest r) {
        JsonBody body = r.json();
        Boolean immediate = body.optionalBoolean("immediate");
        SubscriptionDetail d = subscriptions.cancel(r.organization(), r.pathParam("id"), body.optionalString("reason"),
                Boolean.TRUE.equals(immediate));
        return ApiResponse.ok(canceled(d, r.organization()));
    }

    private ApiResponse changePlan(ApiRequest r) {
        JsonBody body = r.json();
        PlanChanges.Result result = planChanges.change(r.organization(), r.pathParam("id"),
                body.optionalString("newPlanId"), body.optionalString("newBillingInterval"));
        return ApiResponse.ok(planChange(result, r.organization()));
    }

    /** The catalog's {@code CanceledSubscription}. */
    private static ObjectNode canceled(SubscriptionDetail d, Organization org) {
        var s = d.subscription();
        ObjectNode o = Json.object();
        o.put("id", s.id());
        o.put("customerId", d.customer().publicId());
        o.put("status", s.status().wire());
        o.put("canceledAt", IsoTime.formatNullable(s.canceledAt()));
        o.put("cancelReason", s.cancelReason());
        o.put("scheduledCancellationDate", IsoTime.formatNullable(s.endDate()));
        o.put("updatedAt", IsoTime.format(s.updatedAt()));
        o.put("object", "subscription");
        o.put("livemode", org.livemode());
        return o;
    }

    /** The catalog's {@code PlanChange} for an immediate change (never a checkout, never scheduled). */
    private static ObjectNode planChange(PlanChanges.Result result, Organization org) {
        var s = result.subscription().subscription();
        ObjectNode o = Json.object();
        o.put("id", s.id());
        o.put("customerId", result.subscription().customer().publicId());
        o.put("requiresCheckout", false);
        o.put("scheduled", false);
        o.put("newPlanId", result.currentPlan().id());
        o.put("newPlanName", result.currentPlan().name());
        o.put("newBillingInterval", s.interval().wire());
        o.putObject("previousPlan").put("id", result.previousPlan().id()).put("name", result.previousPlan().name());
        o.putObject("currentPlan").put("id", result.currentPlan().id()).put("name", result.currentPlan().name())
                .put("price", s.price());
        o.put("billingInterval", s.interval().wire());
        var p = result.proration();
        o.putObject("billing").put("credit", p.credit()).put("creditsApplied", 0).put("charge", p.charge())
                .put("taxAmount", 0).put("netAmount", p.totalCharged()).put("totalCharged", p.totalCharged())
                .put("remainingCreditBalance", 0);
        if (result.invoiceId() != null) o.put("invoiceId", result.invoiceId());
        o.put("object", "subscription");
        o.put("livemode", org.livemode());
        return o;
    }
}
