package dev.billhook.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.account.Organization;
import dev.billhook.server.account.Organizations;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.Ids;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /api/v1} boundary: request id, body limit, {@code x-api-key} authentication, routing,
 * {@code Idempotency-Key} replay, and the one place where failures become the error envelope.
 * An {@link ApiException} is the caller's mistake and is explained; anything else is logged with
 * the request id and answered as an opaque 500.
 */
public final class ApiHandler extends Handler.Abstract {
    public static final String BASE_PATH = "/api/v1";
    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    private final Routes routes;
    private final Organizations organizations;
    private final IdempotencyKeys idempotencyKeys;

    public ApiHandler(Routes routes, Organizations organizations, Database db, Clock clock) {
        this.routes = routes;
        this.organizations = organizations;
        this.idempotencyKeys = new IdempotencyKeys(db, clock);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.equals(BASE_PATH) && !path.startsWith(BASE_PATH + "/")) return false;
        String requestId = Ids.newId("req");
        response.getHeaders().put("x-request-id", requestId);
        int status;
        byte[] body;
        try {
            ApiResponse answer = answer(request, path.substring(BASE_PATH.length()), requestId);
            status = answer.status();
            body = Json.bytes(answer.envelope());
        } catch (ApiException e) {
            status = e.status();
            body = Json.bytes(errorEnvelope(e));
            // The rest of an oversized body stays unread, so this connection cannot carry another request.
            if (status == 413) HttpIo.closeAfter(response);
        } catch (Exception e) {
            log.error("request failed requestId={} method={} path={}", requestId, request.getMethod(), path, e);
            status = 500;
            body = Json.bytes(errorEnvelope(new ApiException(500, "api_error", "internal_error",
                    "The server failed to handle this request (request id " + requestId + ").", null, null)));
        }
        HttpIo.writeJson(response, callback, status, body);
        return true;
    }

    private ApiResponse answer(Request request, String path, String requestId) throws Exception {
        // Read (bounded) before answering anything, so a refusal never leaves a body unread.
        byte[] body = readBody(request);
        Organization organization = authenticate(request);
        String method = request.getMethod();
        String encoding = request.getHeaders().get("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            throw new ApiException(415, "invalid_request_error", "unsupported_media_type",
                    "Send request bodies uncompressed (Content-Encoding: " + encoding.trim() + " is not supported).",
                    null, null);
        }
        if (body.length > 0 && !isJson(request.getHeaders().get("Content-Type"))) {
            throw new ApiException(415, "invalid_request_error", "unsupported_media_type",
                    "Send request bodies as JSON with Content-Type: application/json.", null, null);
        }
        Routes.Match match = routes.match(method, path).orElseThrow(() -> noRoute(method, path));
        ApiRequest apiRequest = new ApiRequest(organization, method, path, match.pathParams(),
                HttpIo.query(request), body, requestId);

        Optional<String> key = IdempotencyKeys.storedKey(request.getHeaders().get("Idempotency-Key"));
        if (key.isPresent() && key.get().length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw ApiException.validation("Idempotency-Key", "must be at most " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        if (key.isEmpty() || !BODY_METHODS.contains(method)) {
            return match.endpoint().handle(apiRequest);
        }
        return withIdempotency(organization, key.get(), apiRequest, match.endpoint());
    }

    private ApiResponse withIdempotency(Organization org, String key, ApiRequest request, Endpoint endpoint) {
        String hash = IdempotencyKeys.requestHash(request.method(), request.path(), request.body());
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(org.id(), key, request.method(), request.path(), hash);
        if (claim instanceof IdempotencyKeys.Claim.Replay replay) {
            return new ApiResponse(replay.status(), (ObjectNode) Json.tree(replay.body()));
        }
        if (claim instanceof IdempotencyKeys.Claim.Mismatch) {
            throw ApiException.conflict("idempotency_key_reused",
                    "This Idempotency-Key was already used for a different request; use a new key.");
        }
        if (claim instanceof IdempotencyKeys.Claim.InProgress) {
            throw ApiException.conflict("idempotency_request_in_progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.");
        }
        ApiResponse response;
        try {
            response = endpoint.handle(request);
        } catch (ApiException e) {
            idempotencyKeys.complete(org.id(), key, e.status(), Json.string(errorEnvelope(e)));
            throw e;
        } catch (RuntimeException e) {
            idempotencyKeys.release(org.id(), key);
            throw e;
        }
        idempotencyKeys.complete(org.id(), key, response.status(), Json.string(response.envelope()));
        return response;
    }

    private Organization authenticate(Request request) {
        String key = request.getHeaders().get("x-api-key");
        if (key == null || key.isBlank()) {
            throw ApiException.unauthorized("Missing API key: send it in the x-api-key header.");
        }
        return organizations.authenticate(key.trim())
                .orElseThrow(() -> ApiException.unauthorized("Unknown API key."));
    }

    private static byte[] readBody(Request request) throws Exception {
        try {
            return HttpIo.readBody(request);
        } catch (HttpIo.BodyTooLarge e) {
            throw new ApiException(413, "invalid_request_error", "payload_too_large",
                    "Request bodies are limited to " + HttpIo.MAX_BODY_BYTES + " bytes.", null, null);
        }
    }

    private ApiException noRoute(String method, String path) {
        Set<String> allowed = routes.methodsAt(path);
        if (!allowed.isEmpty()) {
            return new ApiException(405, "invalid_request_error", "method_not_allowed",
                    method + " is not supported on " + BASE_PATH + path + "; use " + String.join(" or ", allowed) + ".",
                    null, null);
        }
        return new ApiException(404, "invalid_request_error", "route_not_found",
                "No API route " + method + " " + BASE_PATH + path + ".", null, null);
    }

    private static boolean isJson(String contentType) {
        return contentType == null
                || contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    static ObjectNode errorEnvelope(ApiException e) {
        ObjectNode envelope = Json.object();
        envelope.put("success", false);
        ObjectNode error = envelope.putObject("error");
        error.put("type", e.type());
        error.put("code", e.code());
        error.put("message", e.getMessage());
        if (e.param() != null) error.put("param", e.param());
        if (e.details() != null) error.set("details", Json.MAPPER.valueToTree(e.details()));
        return envelope;
    }

}
