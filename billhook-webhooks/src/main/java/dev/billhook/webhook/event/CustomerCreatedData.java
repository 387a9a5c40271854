package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.internal.Timestamps;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Data of {@code customer.created}, field for field as the Commet catalog defines {@code
 * CustomerCreatedData}. Dates are the ISO-8601 strings as sent.
 *
 * @param id Commet's customer id
 * @param externalId your id for the customer, if you gave one (null when not applicable)
 * @param fullName the customer's full name (null when not applicable)
 * @param email the customer's billing email
 * @param taxDocument the tax document number (null when not applicable)
 * @param documentType the kind of tax document (null when not applicable)
 * @param timezone the customer's IANA time zone, e.g. {@code America/New_York} (null when not
 *     applicable)
 * @param metadata your free-form metadata, as an unmodifiable map (values as in {@link
 *     UnknownEvent#data()}) (null when not applicable)
 * @param createdAt ISO-8601 creation instant
 * @param updatedAt ISO-8601 instant of the last change
 */
public record CustomerCreatedData(
        String id,
        @Nullable String externalId,
        @Nullable String fullName,
        String email,
        @Nullable String taxDocument,
        @Nullable String documentType,
        @Nullable String timezone,
        @Nullable Map<String, Object> metadata,
        String createdAt,
        String updatedAt) {
    /** Copies the collections, so the record stays immutable. */
    public CustomerCreatedData {
        metadata =
                metadata == null
                        ? null
                        : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** {@link #createdAt()} as an instant. */
    public Instant createdAtInstant() {
        return Timestamps.parse(createdAt);
    }

    /** {@link #updatedAt()} as an instant. */
    public Instant updatedAtInstant() {
        return Timestamps.parse(updatedAt);
    }
}
