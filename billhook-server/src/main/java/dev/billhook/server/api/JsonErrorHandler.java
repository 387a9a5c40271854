package dev.billhook.server.api;

import dev.billhook.server.store.Ids;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before any handler runs (a malformed URI, headers too large, a path
 * no handler takes) in the API's error envelope with an {@code x-request-id}, instead of Jetty's
 * HTML error page. Never includes a stack trace.
 */
public final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
                                    Throwable cause, Callback callback) {
        response.getHeaders().put("x-request-id", Ids.newId("req"));
        HttpIo.writeJson(response, callback, code, body(code, message));
    }

    /** For requests so malformed that Jetty never built a {@link Request} (e.g. headers too large). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        fields.put("x-request-id", Ids.newId("req"));
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String reason) {
        String type = status >= 500 ? "api_error" : "invalid_request_error";
        ApiException error = new ApiException(status, type, code(status), message(status, reason), null, null);
        return Json.bytes(ApiHandler.errorEnvelope(error));
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "route_not_found";
            case 405 -> "method_not_allowed";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    private static String message(int status, String reason) {
        return switch (status) {
            case 404 -> "Nothing is served at this path; the API lives under " + ApiHandler.BASE_PATH + ".";
            case 414 -> "The request URI is too long.";
            case 431 -> "The request headers are too large.";
            default -> status >= 500 ? "The server failed to handle this request."
                    : "The request could not be read" + (reason == null || reason.isBlank() ? "." : ": " + reason + ".");
        };
    }
}
