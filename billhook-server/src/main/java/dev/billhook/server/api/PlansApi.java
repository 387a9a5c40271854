package dev.billhook.server.api;

import static dev.billhook.server.api.BillingErrors.translating;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.account.Organization;
import dev.billhook.server.billing.Plan;
import dev.billhook.server.billing.Plans;

/** {@code /plans}: list and get (plan management is not offered yet). */
public final class PlansApi {
    private final Plans plans;

    public PlansApi(Plans plans) {
        this.plans = plans;
    }

    public void register(Routes routes) {
        routes.get("/plans", translating(this::list));
        routes.get("/plans/{id}", translating(r -> ApiResponse.ok(json(plans.get(r.organization(), r.pathParam("id")), r.organization()))));
    }

    private ApiResponse list(ApiRequest r) {
        String includePrivate = r.query("includePrivate");
        if (includePrivate != null && !includePrivate.equals("true") && !includePrivate.equals("false")) {
            throw ApiException.validation("includePrivate", "must be 'true' or 'false'");
        }
        return ApiResponse.page(plans.list(r.organization(), "true".equals(includePrivate)).stream()
                .map(p -> json(p, r.organization())).toList(), false, null);
    }

    /** The catalog's {@code Plan}: boolean features only, no usage pricing, no regional prices. */
    static ObjectNode json(Plan p, Organization org) {
        ObjectNode o = Json.object();
        o.put("id", p.id());
        o.put("name", p.name());
        o.put("code", p.code());
        o.put("description", p.description());
        o.putNull("consumptionModel");
        o.put("isPublic", p.isPublic());
        o.put("isDefault", p.isDefault());
        o.put("isFree", p.isFree());
        o.putNull("blockOnExhaustion");
        o.put("sortOrder", p.sortOrder());
        o.putNull("planGroupId");
        o.putNull("metadata");
        o.put("createdAt", IsoTime.format(p.createdAt()));
        o.put("updatedAt", IsoTime.format(p.updatedAt()));
        ArrayNode features = o.putArray("features");
        for (Plan.Feature f : p.features()) {
            ObjectNode item = features.addObject();
            item.put("code", f.code());
            item.put("name", f.name());
            item.put("type", f.type());
            item.putNull("unitName");
            item.put("enabled", f.enabled());
            item.putNull("includedAmount");
            item.put("unlimited", false);
            item.putNull("overage");
        }
        ArrayNode prices = o.putArray("prices");
        for (Plan.Price price : p.prices()) {
            ObjectNode item = prices.addObject();
            item.put("billingInterval", price.interval().wire());
            item.put("price", price.amount());
            item.put("isDefault", price.isDefault());
            item.put("trialDays", price.trialDays());
            item.putNull("includedBalance");
            item.putNull("includedCredits");
            item.putNull("introOffer");
        }
        o.put("object", "plan");
        o.put("livemode", org.livemode());
        return o;
    }
}
