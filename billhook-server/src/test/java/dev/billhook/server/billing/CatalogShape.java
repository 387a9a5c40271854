package dev.billhook.server.billing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks JSON against the Commet catalog ({@code contract/commet-catalog.json}): every
 * non-optional field present, no field the catalog does not name, and each value of a JSON kind
 * the declared TypeScript type allows (string, number, boolean, null, literal, enum, object, array).
 */
public final class CatalogShape {
    private static final JsonNode CATALOG = load();

    private CatalogShape() {}

    /** Problems with {@code data} as the data of event {@code type}; empty when it conforms. */
    public static List<String> eventProblems(String type, JsonNode data) {
        for (JsonNode event : CATALOG.get("events")) {
            if (event.get("type").asText().equals(type)) return fieldProblems(type, event.get("fields"), data);
        }
        throw new IllegalArgumentException("no event " + type + " in the catalog");
    }

    /** Problems with {@code data} as the REST type {@code name} (restTypes, then top-level types). */
    public static List<String> restProblems(String name, JsonNode data) {
        return fieldProblems(name, type(name).get("fields"), data);
    }

    private static List<String> fieldProblems(String where, JsonNode fields, JsonNode data) {
        List<String> problems = new ArrayList<>();
        if (data == null || !data.isObject()) return List.of(where + " is not an object: " + data);
        Set<String> declared = new HashSet<>();
        for (JsonNode field : fields) {
            String name = field.get("name").asText();
            declared.add(name);
            JsonNode value = data.get(name);
            if (value == null) {
                if (!field.get("optional").asBoolean()) problems.add(where + "." + name + " is missing");
                continue;
            }
            if (!matches(field.get("type").asText(), value)) {
                problems.add(where + "." + name + " = " + value + " is not a " + field.get("type").asText());
            }
        }
        data.fieldNames().forEachRemaining(n -> {
            if (!declared.contains(n)) problems.add(where + "." + n + " is not in the catalog");
        });
        return problems;
    }

    private static boolean matches(String type, JsonNode value) {
        for (String alternative : splitTopLevel(type.trim())) {
            if (matchesOne(alternative.trim(), value)) return true;
        }
        return false;
    }

    private static boolean matchesOne(String t, JsonNode v) {
        if (t.equals("string")) return v.isTextual();
        if (t.equals("number")) return v.isNumber();
        if (t.equals("boolean")) return v.isBoolean();
        if (t.equals("null")) return v.isNull();
        if (t.equals("unknown")) return true;
        if (t.startsWith("\"")) return v.isTextual() && v.asText().equals(t.substring(1, t.length() - 1));
        if (t.startsWith("{") || t.startsWith("Record<")) return v.isObject();
        if (t.startsWith("Array<")) return v.isArray();
        JsonNode named = type(t);
        if (named.has("enum")) {
            for (JsonNode option : named.get("enum")) if (option.asText().equals(v.asText()) && v.isTextual()) return true;
            return false;
        }
        if (named.has("fields")) return v.isObject() && fieldProblems(t, named.get("fields"), v).isEmpty();
        if (named.has("type")) return matches(named.get("type").asText(), v);
        throw new IllegalArgumentException("cannot check type " + t);
    }

    private static JsonNode type(String name) {
        JsonNode rest = CATALOG.at("/restTypes/types/" + name);
        if (!rest.isMissingNode() && (rest.has("fields") || rest.has("enum") || rest.has("type"))) return rest;
        JsonNode top = CATALOG.at("/types/" + name);
        if (top.isMissingNode()) throw new IllegalArgumentException("no type " + name + " in the catalog");
        return top;
    }

    /** Splits {@code a | { b: c | d } | e} on the bars outside braces, brackets and angle brackets. */
    private static List<String> splitTopLevel(String type) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '{' || c == '<' || c == '(' || c == '[') depth++;
            else if (c == '}' || c == '>' || c == ')' || c == ']') depth--;
            else if (c == '|' && depth == 0) {
                parts.add(type.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(type.substring(start));
        return parts;
    }

    private static JsonNode load() {
        Path path = Path.of("../contract/commet-catalog.json");
        if (!Files.exists(path)) path = Path.of("contract/commet-catalog.json");
        try {
            return Json.MAPPER.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
