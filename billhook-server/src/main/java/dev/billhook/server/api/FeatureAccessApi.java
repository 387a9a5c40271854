package dev.billhook.server.api;

import static dev.billhook.server.api.BillingErrors.translating;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.account.Organization;
import dev.billhook.server.billing.Entitlements;

/**
 * {@code /feature-access}: the list ({@code FeatureAccess[]}) and one feature
 * ({@code FeatureLookup}); {@code action=canUse} is how the official client's {@code canUse} calls it.
 */
public final class FeatureAccessApi {
    private static final String CAN_USE = "canUse";

    private final Entitlements entitlements;

    public FeatureAccessApi(Entitlements entitlements) {
        this.entitlements = entitlements;
    }

    public void register(Routes routes) {
        routes.get("/feature-access", translating(r -> ApiResponse.ok(entitlements
                .list(r.organization(), r.requiredQuery("customerId")).stream()
                .map(a -> json(a, r.organization())).toList())));
        routes.get("/feature-access/{code}", translating(this::lookup));
    }

    private ApiResponse lookup(ApiRequest r) {
        String action = r.query("action");
        if (action != null && !action.equals(CAN_USE)) {
            throw ApiException.validation("action", "must be 'canUse' or absent");
        }
        String customerId = r.requiredQuery("customerId");
        Entitlements.Access access = entitlements.check(r.organization(), customerId, r.pathParam("code"));
        ObjectNode o = json(access, r.organization());
        if (CAN_USE.equals(action)) {
            // Boolean features are never metered, so using one never costs anything extra.
            o.put("willBeCharged", false);
            if (!access.allowed()) o.put("reason", access.reason());
        }
        return ApiResponse.ok(o);
    }

    /** Both {@code FeatureAccess} and {@code FeatureLookup}: the fields a boolean feature has. */
    private static ObjectNode json(Entitlements.Access a, Organization org) {
        ObjectNode o = Json.object();
        o.put("code", a.feature().code());
        o.put("name", a.feature().name());
        o.put("type", a.feature().type());
        o.put("allowed", a.allowed());
        o.put("enabled", a.allowed());
        o.put("object", "feature");
        o.put("livemode", org.livemode());
        return o;
    }
}
