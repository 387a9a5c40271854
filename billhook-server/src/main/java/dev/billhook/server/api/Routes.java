package dev.billhook.server.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API's route table: method plus path template ({@code /customers/{id}}), relative to
 * {@code /api/v1}. Literal segments win over parameters, so {@code /subscriptions/active} is not
 * read as a subscription id. Built once at start-up; read-only afterwards, so thread-safe.
 */
public final class Routes {
    private record Route(String method, String[] segments, Endpoint endpoint) {}

    /** A matched route with its path parameters. */
    record Match(Endpoint endpoint, Map<String, String> pathParams) {}

    private final List<Route> routes = new ArrayList<>();

    public Routes get(String template, Endpoint endpoint) {
        return add("GET", template, endpoint);
    }

    public Routes post(String template, Endpoint endpoint) {
        return add("POST", template, endpoint);
    }

    public Routes put(String template, Endpoint endpoint) {
        return add("PUT", template, endpoint);
    }

    public Routes delete(String template, Endpoint endpoint) {
        return add("DELETE", template, endpoint);
    }

    private Routes add(String method, String template, Endpoint endpoint) {
        routes.add(new Route(method, split(template), endpoint));
        // Most literal first: a literal segment beats a {param} at the same position.
        routes.sort((a, b) -> literalWeight(b) - literalWeight(a));
        return this;
    }

    /** The route for this request, if its path and method are known. */
    Optional<Match> match(String method, String path) {
        String[] segments = split(path);
        for (Route route : routes) {
            if (!route.method.equals(method)) continue;
            Map<String, String> params = bind(route.segments, segments);
            if (params != null) return Optional.of(new Match(route.endpoint, params));
        }
        return Optional.empty();
    }

    /** The methods that some route accepts at this path (for a 405's message). */
    Set<String> methodsAt(String path) {
        String[] segments = split(path);
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (bind(route.segments, segments) != null) methods.add(route.method);
        }
        return methods;
    }

    private static Map<String, String> bind(String[] template, String[] path) {
        if (template.length != path.length) return null;
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String part = template[i];
            if (part.startsWith("{")) {
                // URLDecoder is for forms: protect a literal "+" so only %XX escapes are decoded.
                String raw = path[i].replace("+", "%2B");
                params.put(part.substring(1, part.length() - 1), URLDecoder.decode(raw, StandardCharsets.UTF_8));
            } else if (!part.equals(path[i])) {
                return null;
            }
        }
        return params;
    }

    private static int literalWeight(Route route) {
        int weight = 0;
        for (String segment : route.segments) weight = weight * 2 + (segment.startsWith("{") ? 0 : 1);
        return weight;
    }

    private static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
