package dev.billhook.server.billing;

/**
 * Customer fields a caller sends on create or update. Null means "not given": on create the
 * field stays empty, on update it keeps its value. JSON fields arrive already serialized.
 */
public record CustomerFields(
        String id,
        String externalId,
        String email,
        String fullName,
        String taxDocument,
        String timezone,
        String addressJson,
        String metadataJson) {}
