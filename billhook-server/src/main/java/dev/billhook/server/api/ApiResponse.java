package dev.billhook.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a resource handler answers: a status and the {@code data} of the success envelope
 * {@code {success:true, data, hasMore?, nextCursor?}}.
 */
public record ApiResponse(int status, ObjectNode envelope) {

    public static ApiResponse ok(Object data) {
        return of(200, data);
    }

    public static ApiResponse created(Object data) {
        return of(201, data);
    }

    /** A page of a list; {@code nextCursor} is null on the last page. */
    public static ApiResponse page(Object items, boolean hasMore, String nextCursor) {
        ApiResponse response = of(200, items);
        response.envelope.put("hasMore", hasMore);
        if (nextCursor != null) response.envelope.put("nextCursor", nextCursor);
        return response;
    }

    private static ApiResponse of(int status, Object data) {
        ObjectNode envelope = Json.object();
        envelope.put("success", true);
        envelope.set("data", Json.MAPPER.valueToTree(data));
        return new ApiResponse(status, envelope);
    }
}
