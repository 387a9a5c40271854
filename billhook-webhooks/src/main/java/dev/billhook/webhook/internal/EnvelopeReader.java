package dev.billhook.webhook.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads a body into an {@link Envelope} and then its typed event, in one pass over the parser's
 * tokens with no tree in between.
 *
 * <p>The type of {@code data} depends on {@code event}. When {@code event} comes first, as
 * Billhook's server and Commet send it, {@code data} is bound as it is read; otherwise its tokens
 * are buffered and bound by the same binder once the type is known. One instance per body; not
 * thread-safe.
 */
public final class EnvelopeReader {
    private static final int ID = 1;
    private static final int EVENT = 1 << 1;
    private static final int TIMESTAMP = 1 << 2;
    private static final int ORGANIZATION = 1 << 3;
    private static final int MODE = 1 << 4;
    private static final int API_VERSION = 1 << 5;
    private static final int DATA = 1 << 6;

    private int seen;
    private String id;
    private String type;
    private String rawTimestamp;
    private String organizationId;
    private String mode;
    private String apiVersion;
    private Object data;
    /** {@code data} read before {@code event}, waiting for its type. */
    private TokenBuffer pendingData;

    private EnvelopeReader() {}

    /** The event in {@code body}; throws MALFORMED_PAYLOAD for anything not an envelope. */
    public static WebhookEvent read(byte[] body) {
        try (JsonParser p = Json.parser(body)) {
            EnvelopeReader reader = new EnvelopeReader();
            reader.readRoot(p);
            return reader.event();
        } catch (BindFailure f) {
            throw f.toMalformed("data");
        } catch (IOException e) {
            throw Malformed.notJson(e);
        }
    }

    private void readRoot(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw Malformed.at("body", "must be a JSON object");
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "id" -> id = text(p, name, ID);
                case "event" -> type = text(p, name, EVENT);
                case "timestamp" -> rawTimestamp = text(p, name, TIMESTAMP);
                case "organizationId" -> organizationId = text(p, name, ORGANIZATION);
                case "mode" -> mode = text(p, name, MODE);
                case "apiVersion" -> apiVersion = text(p, name, API_VERSION);
                case "data" -> readData(p);
                default -> p.skipChildren();
            }
        }
        // What FAIL_ON_TRAILING_TOKENS did for the tree: one JSON value per body.
        if (p.nextToken() != null) {
            throw Malformed.notJson(null);
        }
    }

    private void readData(JsonParser p) throws IOException {
        markSeen("data", DATA);
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (type != null) {
            data = EventRegistry.readData(type, p);
        } else {
            pendingData = new TokenBuffer(p, null);
            pendingData.copyCurrentStructure(p);
        }
    }

    private WebhookEvent event() throws IOException {
        String timestampText = required(rawTimestamp, "timestamp");
        Instant timestamp;
        try {
            timestamp = Timestamps.parse(timestampText);
        } catch (DateTimeParseException e) {
            throw Malformed.at("timestamp", "must be an ISO-8601 instant");
        }
        Envelope.Mode parsedMode;
        try {
            parsedMode = Envelope.Mode.fromWire(required(mode, "mode"));
        } catch (IllegalArgumentException e) {
            throw Malformed.at("mode", "must be \"live\" or \"sandbox\"");
        }
        if (required(type, "event").isBlank()) {
            throw Malformed.at("event", "must not be blank");
        }
        Envelope envelope =
                new Envelope(
                        id,
                        type,
                        timestamp,
                        timestampText,
                        required(organizationId, "organizationId"),
                        parsedMode,
                        required(apiVersion, "apiVersion"));
        if (pendingData != null) {
            try (JsonParser buffered = pendingData.asParserOnFirstToken()) {
                data = EventRegistry.readData(type, buffered);
            }
        }
        if (data == null) {
            throw Malformed.at("data", "is required");
        }
        return EventRegistry.create(envelope, data);
    }

    /** A string member, or null for JSON null; each member may appear once. */
    private String text(JsonParser p, String name, int bit) throws IOException {
        markSeen(name, bit);
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw Malformed.at(name, "must be a string");
        }
        return p.getText();
    }

    private void markSeen(String name, int bit) {
        if ((seen & bit) != 0) {
            throw Malformed.at(name, "appears more than once");
        }
        seen |= bit;
    }

    private static String required(String value, String name) {
        if (value == null) {
            throw Malformed.at(name, "is required");
        }
        return value;
    }
}
