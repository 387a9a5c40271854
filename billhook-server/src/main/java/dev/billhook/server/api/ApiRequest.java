package dev.billhook.server.api;

import dev.billhook.server.account.Organization;
import java.util.List;
import java.util.Map;

/**
 * One authenticated API call, as a resource handler sees it.
 *
 * @param pathParams values of the route's {@code {name}} segments, URL-decoded
 * @param query the query string, each name to its values in order
 * @param body the raw body bytes (empty when there was none)
 */
public record ApiRequest(
        Organization organization,
        String method,
        String path,
        Map<String, String> pathParams,
        Map<String, List<String>> query,
        byte[] body,
        String requestId) {

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) throw new IllegalStateException("route has no {" + name + "} segment");
        return value;
    }

    /** The first value of a query parameter, or null. Blank counts as absent. */
    public String query(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) return null;
        return values.get(0);
    }

    public String requiredQuery(String name) {
        String value = query(name);
        if (value == null) throw ApiException.validation(name, "is required (as a query parameter)");
        return value;
    }

    /** An integer query parameter within [min, max], or {@code fallback} when absent. */
    public int queryInt(String name, int fallback, int min, int max) {
        String value = query(name);
        if (value == null) return fallback;
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ApiException.validation(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.validation(name, "must be a whole number");
        }
    }

    /** The body as a JSON object; an empty body reads as {@code {}}. */
    public JsonBody json() {
        if (body.length == 0) return JsonBody.of(Json.object());
        return JsonBody.of(Json.parseRequest(body));
    }

    public String organizationId() {
        return organization.id();
    }
}
