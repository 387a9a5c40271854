package dev.billhook.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.IsoTime;
import dev.billhook.server.delivery.EndpointStore;
import dev.billhook.server.delivery.EventTypes;
import dev.billhook.server.delivery.TargetPolicy;
import dev.billhook.server.delivery.TestSends;
import dev.billhook.server.delivery.WebhookEndpoint;
import dev.billhook.webhook.WebhookSigner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /webhooks}: the organization's webhook endpoints, shaped as the catalog's
 * {@code WebhookEndpoint}. The signing secret appears once, in the answer to {@code POST}
 * ({@code WebhookEndpointCreated.secretKey}); nothing reads it back afterwards.
 */
public final class WebhooksApi {
    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_DESCRIPTION_LENGTH = 1000;
    private static final Pattern API_VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final EndpointStore endpoints;
    private final TargetPolicy policy;
    private final TestSends testSends;

    public WebhooksApi(EndpointStore endpoints, TargetPolicy policy, TestSends testSends) {
        this.endpoints = endpoints;
        this.policy = policy;
        this.testSends = testSends;
    }

    public void register(Routes routes) {
        routes.get("/webhooks", this::list)
                .post("/webhooks", this::create)
                .get("/webhooks/{id}", this::get)
                .put("/webhooks/{id}", this::update)
                .delete("/webhooks/{id}", this::delete)
                .post("/webhooks/{id}/test", this::test);
    }

    private ApiResponse list(ApiRequest request) {
        int limit = request.queryInt("limit", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        String cursor = request.query("cursor");
        EndpointStore.Page page = endpoints.list(request.organizationId(), limit, cursor).orElseThrow(
                () -> ApiException.validation("cursor", "does not name a webhook endpoint of this organization"));
        List<ObjectNode> items = new ArrayList<>();
        for (WebhookEndpoint endpoint : page.items()) items.add(view(request, endpoint));
        String next = page.hasMore() ? page.items().get(page.items().size() - 1).id() : null;
        return ApiResponse.page(items, page.hasMore(), next);
    }

    private ApiResponse create(ApiRequest request) {
        JsonBody body = request.json();
        String url = url(body.requiredString("url"));
        List<String> events = events(body.optionalStringList("events"));
        if (events == null) throw ApiException.validation("events", "is required");
        String secret = WebhookSigner.newSecret();
        WebhookEndpoint created = endpoints.create(request.organizationId(), url, events,
                description(body.optionalString("description")), apiVersion(body.optionalString("apiVersion")), secret);
        ObjectNode answer = view(request, created);
        answer.put("secretKey", secret);
        return ApiResponse.created(answer);
    }

    private ApiResponse get(ApiRequest request) {
        String id = request.pathParam("id");
        return ApiResponse.ok(view(request, endpoints.find(request.organizationId(), id)
                .orElseThrow(() -> notFound(id))));
    }

    private ApiResponse update(ApiRequest request) {
        String id = request.pathParam("id");
        JsonBody body = request.json();
        String url = body.optionalString("url");
        EndpointStore.Changes changes = new EndpointStore.Changes(
                url == null ? null : url(url),
                events(body.optionalStringList("events")),
                description(body.optionalString("description")),
                explicitNull(request, "description"),
                body.optionalBoolean("isActive"),
                apiVersion(body.optionalString("apiVersion")));
        return ApiResponse.ok(view(request, endpoints.update(request.organizationId(), id, changes)
                .orElseThrow(() -> notFound(id))));
    }

    private ApiResponse delete(ApiRequest request) {
        String id = request.pathParam("id");
        if (!endpoints.delete(request.organizationId(), id)) throw notFound(id);
        return ApiResponse.ok(Map.of("id", id, "deleted", true));
    }

    private ApiResponse test(ApiRequest request) {
        String id = request.pathParam("id");
        TestSends.Result result = testSends.send(request.organization(), id).orElseThrow(() -> notFound(id));
        ObjectNode answer = Json.object();
        answer.put("success", result.success());
        answer.put("deliveryId", result.deliveryId());
        answer.put("deliveredAt", IsoTime.format(result.finishedAt()));
        return ApiResponse.ok(answer);
    }

    private static ObjectNode view(ApiRequest request, WebhookEndpoint endpoint) {
        ObjectNode node = Json.object();
        node.put("id", endpoint.id());
        node.put("object", "webhook");
        node.put("livemode", request.organization().livemode());
        node.put("url", endpoint.url());
        endpoint.events().forEach(node.putArray("events")::add);
        node.put("description", endpoint.description());
        node.put("isActive", endpoint.active());
        node.put("apiVersion", endpoint.apiVersion());
        node.put("createdAt", IsoTime.format(endpoint.createdAt()));
        return node;
    }

    private String url(String url) {
        try {
            return policy.check(url).toString();
        } catch (TargetPolicy.Refused e) {
            throw ApiException.validation("url", e.getMessage());
        }
    }

    /** Known types, duplicates dropped, order kept; null passes through (absent). */
    private static List<String> events(List<String> events) {
        if (events == null) return null;
        if (events.isEmpty()) throw ApiException.validation("events", "must list at least one event type");
        for (String type : events) {
            if (!EventTypes.isKnown(type)) {
                throw ApiException.validation("events", "contains '" + type + "', which is not a Commet event type"
                        + " (such as subscription.created or payment.received)");
            }
        }
        return List.copyOf(new LinkedHashSet<>(events));
    }

    private static String description(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw ApiException.validation("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return description;
    }

    private static String apiVersion(String version) {
        if (version != null && !API_VERSION.matcher(version).matches()) {
            throw ApiException.validation("apiVersion", "must be a date in the form YYYY-MM-DD, such as 2026-07-11");
        }
        return version;
    }

    /** True when the body sets {@code field} to JSON null (which clears a nullable field). */
    private static boolean explicitNull(ApiRequest request, String field) {
        if (request.body().length == 0) return false;
        JsonNode value = Json.parseRequest(request.body()).get(field);
        return value != null && value.isNull();
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("webhook endpoint", id);
    }
}
