package dev.billhook.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only view of {@code contract/commet-catalog.json}, the facts extracted from the official
 * SDK's type definitions: what each client method returns, and the fields of each named type.
 *
 * <p>A type may be described in three places ({@code restTypes.types}, the top-level {@code types},
 * {@code endpointApi.interfaces}); an entry with {@code representedBy} points at the one holding
 * its fields, which this class follows.
 */
final class Catalog {
    /** One field of an interface, as declared. */
    record Field(String name, String type, boolean optional) {}

    /** What a name stands for: an interface's fields, an enum's values, or an alias's type. */
    sealed interface Definition {}

    /** An interface; a generic one lists its type parameters, each with its default or null. */
    record Interface(List<Field> fields, List<TypeParameter> typeParameters) implements Definition {}

    record TypeParameter(String name, String defaultType) {}

    record Enum(List<String> values) implements Definition {}

    record Alias(String type) implements Definition {}

    private final JsonNode root;

    private Catalog(JsonNode root) {
        this.root = root;
    }

    static Catalog load(Path file) {
        try {
            return new Catalog(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog " + file, e);
        }
    }

    String sdkVersion() {
        return root.path("package").path("version").asText();
    }

    /** The declared {@code data} type of {@code client.method} (e.g. {@code Subscription | null}). */
    Optional<String> dataType(String client, String method) {
        for (JsonNode endpoint : root.path("restApi").path("endpoints")) {
            if (endpoint.path("client").asText().equals(client) && endpoint.path("method").asText().equals(method)) {
                return Optional.of(endpoint.path("dataType").asText());
            }
        }
        return Optional.empty();
    }

    /** The fields of an event's {@code data}, or empty for a type the SDK does not know. */
    Optional<List<Field>> eventData(String eventType) {
        for (JsonNode event : root.path("events")) {
            if (event.path("type").asText().equals(eventType)) return Optional.of(fields(event.path("fields")));
        }
        return Optional.empty();
    }

    /** The envelope's fields; {@code event} and {@code data} are typed {@code E} and {@code D}. */
    List<Field> envelopeFields() {
        return fields(root.path("envelope").path("fields"));
    }

    Optional<Definition> definition(String name) {
        List<JsonNode> places = List.of(
                root.path("restTypes").path("types").path(name),
                root.path("types").path(name),
                root.path("endpointApi").path("interfaces").path(name),
                root.path("restTypes").path("notReachable").path(name));
        for (JsonNode entry : places) {
            if (entry.isMissingNode()) continue;
            if (entry.has("fields")) {
                List<TypeParameter> params = new ArrayList<>();
                for (JsonNode p : entry.path("typeParameters")) {
                    params.add(new TypeParameter(p.path("name").asText(), p.hasNonNull("default") ? p.path("default").asText() : null));
                }
                return Optional.of(new Interface(fields(entry.path("fields")), List.copyOf(params)));
            }
            if (entry.has("enum")) {
                List<String> values = new ArrayList<>();
                entry.path("enum").forEach(v -> values.add(v.asText()));
                return Optional.of(new Enum(List.copyOf(values)));
            }
            if (entry.path("kind").asText().equals("alias")) return Optional.of(new Alias(entry.path("type").asText()));
            // Otherwise a pointer ("representedBy"): the next place holds the definition.
        }
        return Optional.empty();
    }

    private static List<Field> fields(JsonNode array) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode f : array) {
            fields.add(new Field(f.path("name").asText(), f.path("type").asText(), f.path("optional").asBoolean()));
        }
        return List.copyOf(fields);
    }
}
