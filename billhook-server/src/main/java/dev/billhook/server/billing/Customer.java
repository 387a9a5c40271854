package dev.billhook.server.billing;

/**
 * A paying customer of an organization.
 *
 * @param externalId the organization's own id for this customer (unique per organization), or null
 * @param addressJson the address as a JSON object, or null
 * @param metadataJson free-form JSON object, or null
 */
public record Customer(
        String id,
        String organizationId,
        String externalId,
        String email,
        String fullName,
        String taxDocument,
        String timezone,
        String addressJson,
        String metadataJson,
        long createdAt,
        long updatedAt) {

    /** The id webhook payloads carry: the externalId when one was given (SPEC.md section 1). */
    public String publicId() {
        return externalId != null ? externalId : id;
    }
}
