package dev.billhook.server.api;

import static dev.billhook.server.api.BillingErrors.translating;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.account.Organization;
import dev.billhook.server.billing.Customer;
import dev.billhook.server.billing.CustomerFields;
import dev.billhook.server.billing.Customers;
import dev.billhook.server.billing.Page;
import java.util.List;

/** {@code /customers}: create, get, list, update, as the official client calls them. */
public final class CustomersApi {
    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    private static final List<String> ADDRESS_REQUIRED = List.of("line1", "city", "postalCode", "country");
    private static final List<String> ADDRESS_OPTIONAL = List.of("line2", "state", "region");

    private final Customers customers;

    public CustomersApi(Customers customers) {
        this.customers = customers;
    }

    public void register(Routes routes) {
        routes.get("/customers", translating(this::list));
        routes.post("/customers", translating(this::create));
        routes.get("/customers/{id}", translating(r -> ApiResponse.ok(json(customers.get(r.organization(), r.pathParam("id")), r.organization()))));
        routes.put("/customers/{id}", translating(this::update));
    }

    private ApiResponse create(ApiRequest r) {
        JsonBody body = r.json();
        body.requiredString("email");
        return ApiResponse.created(json(customers.create(r.organization(), fields(body, body.optionalString("id"))), r.organization()));
    }

    private ApiResponse update(ApiRequest r) {
        Customer updated = customers.update(r.organization(), r.pathParam("id"), fields(r.json(), null));
        return ApiResponse.ok(json(updated, r.organization()));
    }

    private ApiResponse list(ApiRequest r) {
        int limit = r.queryInt("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Page<Customer> page = customers.list(r.organization(), r.query("externalId"), limit, r.query("cursor"));
        return ApiResponse.page(page.items().stream().map(c -> json(c, r.organization())).toList(),
                page.hasMore(), page.nextCursor());
    }

    private static CustomerFields fields(JsonBody body, String id) {
        ObjectNode address = body.optionalObject("address");
        if (address != null) checkAddress(address);
        ObjectNode metadata = body.optionalObject("metadata");
        return new CustomerFields(id, body.optionalString("externalId"), body.optionalString("email"),
                body.optionalString("fullName"), body.optionalString("taxDocument"), body.optionalString("timezone"),
                address == null ? null : Json.string(address), metadata == null ? null : Json.string(metadata));
    }

    private static void checkAddress(ObjectNode address) {
        for (String field : ADDRESS_REQUIRED) {
            JsonNode value = address.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw ApiException.validation("address." + field, "is required, as a string");
            }
        }
        for (String field : ADDRESS_OPTIONAL) {
            JsonNode value = address.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw ApiException.validation("address." + field, "must be a string");
            }
        }
    }

    /** The catalog's {@code Customer}. */
    static ObjectNode json(Customer c, Organization org) {
        ObjectNode o = Json.object();
        o.put("id", c.id());
        o.put("externalId", c.externalId());
        o.put("fullName", c.fullName());
        o.put("email", c.email());
        o.put("taxDocument", c.taxDocument());
        o.putNull("documentType");
        o.put("timezone", c.timezone());
        o.set("metadata", c.metadataJson() == null ? null : Json.tree(c.metadataJson()));
        o.put("createdAt", IsoTime.format(c.createdAt()));
        o.put("updatedAt", IsoTime.format(c.updatedAt()));
        o.put("object", "customer");
        o.put("livemode", org.livemode());
        return o;
    }
}
