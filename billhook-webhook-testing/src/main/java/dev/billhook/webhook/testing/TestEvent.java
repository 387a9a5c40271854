package dev.billhook.webhook.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.WebhookParser;
import dev.billhook.webhook.testing.SignedDelivery.Scheme;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One webhook event under construction: realistic defaults for every field (see {@link
 * TestEvents}), overridden with {@link #with}. Mutable and not thread-safe; each call returns this
 * builder for chaining. Get it out as a typed record ({@link #build}), as body bytes ({@link
 * #body}) or signed and ready to post ({@link #sign}).
 *
 * @param <E> the event record {@link #build} returns ({@link WebhookEvent} for types the SDK does
 *     not know)
 */
public final class TestEvent<E extends WebhookEvent> {
    private static final AtomicLong IDS = new AtomicLong();

    private final Class<E> eventClass;
    private final Class<?> dataClass; // null for a type the SDK does not know
    private final Map<String, JsonNode> data = new LinkedHashMap<>();
    private final String type;
    private @Nullable String id = String.format("whev_test_%06d", IDS.incrementAndGet());
    private Instant timestamp = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private String organizationId = "org_test";
    private Envelope.Mode mode = Envelope.Mode.LIVE;
    private String apiVersion = TestEvents.API_VERSION;

    TestEvent(String type, Class<E> eventClass, @Nullable Class<?> dataClass) {
        this.type = type;
        this.eventClass = eventClass;
        this.dataClass = dataClass;
        if (dataClass != null) {
            Defaults.forRecord(dataClass, type).forEach(this::with);
        }
    }

    /**
     * Sets data field {@code field}. For a typed event the field must exist and {@code value} must
     * fit it: the type the record holds (a {@code String}, {@code Long}, {@code BigDecimal}, enum
     * constant, nested record or {@code List}), an {@code Integer} for a {@code long}, an {@code
     * Instant} for a date, or a {@code Map} for a nested record. Null is allowed only where the
     * record is {@code @Nullable}.
     *
     * @throws IllegalArgumentException naming the field and what it expects
     */
    public TestEvent<E> with(String field, @Nullable Object value) {
        Objects.requireNonNull(field, "field");
        if (dataClass == null) {
            data.put(field, JsonValues.toJson(value, null, "data." + field));
            return this;
        }
        RecordComponent c = JsonValues.component(dataClass, field);
        if (c == null) {
            throw new IllegalArgumentException(
                    type + " has no field " + field + "; its fields are "
                            + JsonValues.names(dataClass));
        }
        if (value == null && !c.isAnnotationPresent(Nullable.class)) {
            throw new IllegalArgumentException(
                    "data." + field + " is required in " + type
                            + "; use without(\"" + field + "\") to test a malformed body");
        }
        data.put(field, JsonValues.toJson(value, c.getGenericType(), "data." + field));
        return this;
    }

    /** Sets {@code field} to any JSON-able value without checks: for testing your 400 path. */
    public TestEvent<E> withUnchecked(String field, @Nullable Object value) {
        data.put(Objects.requireNonNull(field, "field"), JsonValues.toJson(value, null, field));
        return this;
    }

    /** Leaves {@code field} out of the body; if it is required, the body becomes malformed. */
    public TestEvent<E> without(String field) {
        data.remove(Objects.requireNonNull(field, "field"));
        return this;
    }

    /** The envelope {@code id}; null leaves it out (the catalog marks it optional). */
    public TestEvent<E> id(@Nullable String id) {
        this.id = id;
        return this;
    }

    /** The envelope {@code timestamp}; defaults to now, in milliseconds. */
    public TestEvent<E> timestamp(Instant timestamp) {
        this.timestamp = timestamp.truncatedTo(ChronoUnit.MILLIS);
        return this;
    }

    /** Defaults to {@code live}. */
    public TestEvent<E> mode(Envelope.Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /** Defaults to {@code org_test}. */
    public TestEvent<E> organizationId(String organizationId) {
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        return this;
    }

    /** Defaults to {@link TestEvents#API_VERSION}. */
    public TestEvent<E> apiVersion(String apiVersion) {
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
        return this;
    }

    /** The compact JSON body, exactly the bytes that get signed. */
    public byte[] body() {
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        if (id != null) {
            root.put("id", id);
        }
        root.put("event", type)
                .put("timestamp", JsonValues.iso(timestamp))
                .put("organizationId", organizationId)
                .put("mode", mode.wireValue())
                .put("apiVersion", apiVersion);
        root.putObject("data").setAll(data);
        try {
            return JsonValues.MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The event as the SDK parses {@link #body()}.
     *
     * @throws dev.billhook.webhook.WebhookVerificationException if {@link #without} or {@link
     *     #withUnchecked} made the body malformed
     */
    public E build() {
        return eventClass.cast(WebhookParser.parse(body()));
    }

    /** Signed with both schemes (Commet and Standard Webhooks), the Standard timestamp now. */
    public SignedDelivery sign(String secret) {
        return sign(secret, Clock.systemUTC().instant(), EnumSet.allOf(Scheme.class));
    }

    /**
     * Signed with the given schemes at {@code signedAt} (the Standard Webhooks {@code
     * webhook-timestamp}; receivers reject one far from their clock).
     *
     * @throws IllegalArgumentException if {@code schemes} is empty, or includes {@link
     *     Scheme#STANDARD} and {@code secret} is not {@code whsec_} + base64 (see {@code
     *     WebhookSigner.newSecret()})
     */
    public SignedDelivery sign(String secret, Instant signedAt, Iterable<Scheme> schemes) {
        return SignedDelivery.sign(body(), type, id, JsonValues.iso(timestamp), secret, signedAt, schemes);
    }
}
