package dev.billhook.server.api;

import java.util.List;
import java.util.Map;

/**
 * A request the API refuses, rendered as {@code {success:false, error:{type, code, message,
 * param?, details?}}} with {@link #status}. Messages are for the developer calling the API: they
 * say what was wrong and how to fix it, and never echo secrets.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String code;
    private final String param;
    private final Object details;

    public ApiException(int status, String type, String code, String message, String param, Object details) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.details = details;
    }

    public static ApiException invalidJson(String message) {
        return new ApiException(400, "invalid_request_error", "invalid_json", message, null, null);
    }

    /** One invalid field, reported the way the official client collects validation errors. */
    public static ApiException validation(String field, String message) {
        return new ApiException(400, "invalid_request_error", "validation_error",
                "Invalid request: " + field + " " + message, field,
                List.of(Map.of("field", field, "message", message)));
    }

    public static ApiException notFound(String resource, String id) {
        return new ApiException(404, "invalid_request_error", "not_found",
                "No " + resource + " with id '" + id + "' exists in this organization.", null, null);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, "invalid_request_error", code, message, null, null);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "authentication_error", "unauthorized", message, null, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String param() {
        return param;
    }

    public Object details() {
        return details;
    }
}
