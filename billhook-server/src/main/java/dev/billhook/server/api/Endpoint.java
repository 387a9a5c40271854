package dev.billhook.server.api;

/** Handles one route. Throw {@link ApiException} to refuse the request with a precise error. */
@FunctionalInterface
public interface Endpoint {
    ApiResponse handle(ApiRequest request);
}
