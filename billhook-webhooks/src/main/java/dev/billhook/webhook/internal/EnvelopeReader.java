package dev.billhook.webhook.internal;

import com.fasterxml.jackson.databind.JsonNode;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads a parsed body into an {@link Envelope} and then its typed event. */
public final class EnvelopeReader {
    private EnvelopeReader() {}

    /** The event in {@code body}; throws MALFORMED_PAYLOAD for anything not an envelope. */
    public static WebhookEvent read(byte[] body) {
        JsonNode root = Json.parse(body);
        if (root == null || !root.isObject()) {
            throw Malformed.at("body", "must be a JSON object");
        }
        String rawTimestamp = text(root, "timestamp", true);
        Instant timestamp;
        try {
            timestamp = Timestamps.parse(rawTimestamp);
        } catch (DateTimeParseException e) {
            throw Malformed.at("timestamp", "must be an ISO-8601 instant");
        }
        Envelope.Mode mode;
        try {
            mode = Envelope.Mode.fromWire(text(root, "mode", true));
        } catch (IllegalArgumentException e) {
            throw Malformed.at("mode", "must be \"live\" or \"sandbox\"");
        }
        String type = text(root, "event", true);
        if (type.isBlank()) {
            throw Malformed.at("event", "must not be blank");
        }
        Envelope envelope =
                new Envelope(
                        text(root, "id", false),
                        type,
                        timestamp,
                        rawTimestamp,
                        text(root, "organizationId", true),
                        mode,
                        text(root, "apiVersion", true));
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            throw Malformed.at("data", "is required");
        }
        return EventRegistry.create(envelope, data);
    }

    private static String text(JsonNode root, String name, boolean required) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw Malformed.at(name, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw Malformed.at(name, "must be a string");
        }
        return value.textValue();
    }
}
