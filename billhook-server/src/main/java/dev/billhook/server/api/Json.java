package dev.billhook.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The server's one JSON configuration: camelCase as written, nulls kept, duplicate keys refused. */
public final class Json {
    private static final int MAX_NESTING_DEPTH = 64;
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        // Bodies are capped at 1 MiB before parsing; nesting deeper than this is never a real request.
        MAPPER.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    }

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    public static String string(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON is corrupt", e);
        }
    }

    /** Parses a request body; a syntax error becomes a 400 {@code invalid_json}. */
    static JsonNode parseRequest(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.invalidJson("The request body is empty; expected a JSON object.");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw ApiException.invalidJson("The request body nests deeper than " + MAX_NESTING_DEPTH + " levels.");
        } catch (JsonProcessingException e) {
            throw ApiException.invalidJson("The request body is not valid JSON: " + describe(e));
        } catch (IOException e) {
            throw ApiException.invalidJson("The request body could not be read.");
        }
    }

    /** Jackson's own words, without its source excerpt or the names of its configuration flags. */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) return "unreadable input";
        if (message.startsWith("Duplicate field")) {
            int end = message.indexOf(" for ");
            return (end > 0 ? message.substring(0, end) : "a duplicate field").replace("Duplicate", "duplicate");
        }
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        var location = e.getLocation();
        return location == null ? firstLine
                : firstLine + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
