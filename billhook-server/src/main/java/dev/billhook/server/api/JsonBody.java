package dev.billhook.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's JSON object with typed, validating accessors. Every wrong type or missing required
 * field becomes a 400 {@code validation_error} naming the field. An explicit JSON {@code null}
 * counts as absent for optional fields, since the official client sends {@code null}s it is given.
 */
public final class JsonBody {
    private final ObjectNode node;

    JsonBody(ObjectNode node) {
        this.node = node;
    }

    static JsonBody of(JsonNode parsed) {
        if (!parsed.isObject()) {
            throw ApiException.invalidJson("The request body must be a JSON object, not " + describe(parsed) + ".");
        }
        return new JsonBody((ObjectNode) parsed);
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public String requiredString(String field) {
        String value = optionalString(field);
        if (value == null) throw ApiException.validation(field, "is required");
        return value;
    }

    /** A non-blank string, or null when absent. */
    public String optionalString(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw ApiException.validation(field, "must be a string, not " + describe(value));
        if (value.asText().isBlank()) throw ApiException.validation(field, "must not be blank");
        return value.asText();
    }

    public Boolean optionalBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isBoolean()) throw ApiException.validation(field, "must be true or false, not " + describe(value));
        return value.asBoolean();
    }

    /** A whole number (JSON integer, or a float with no fraction such as {@code 3.0}). */
    public Long optionalLong(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isIntegralNumber() && value.canConvertToLong()) return value.asLong();
        if (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()) && Math.abs(value.asDouble()) < 1e15) {
            return (long) value.asDouble();
        }
        throw ApiException.validation(field, "must be a whole number, not " + describe(value));
    }

    public List<String> optionalStringList(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isArray()) throw ApiException.validation(field, "must be an array of strings, not " + describe(value));
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) throw ApiException.validation(field, "must contain only strings");
            items.add(item.asText());
        }
        return items;
    }

    public ObjectNode optionalObject(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isObject()) throw ApiException.validation(field, "must be an object, not " + describe(value));
        return (ObjectNode) value;
    }

    static String describe(JsonNode value) {
        if (value.isTextual()) return "a string";
        if (value.isIntegralNumber()) return "a number";
        if (value.isNumber()) return "a fractional number";
        if (value.isBoolean()) return "a boolean";
        if (value.isArray()) return "an array";
        if (value.isObject()) return "an object";
        if (value.isNull()) return "null";
        return value.getNodeType().name().toLowerCase();
    }
}
