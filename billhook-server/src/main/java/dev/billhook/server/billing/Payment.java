package dev.billhook.server.billing;

/**
 * One charge attempt against an invoice.
 *
 * @param status {@code succeeded} or {@code failed}
 * @param failureCode null when it succeeded, e.g. {@code card_declined}
 */
public record Payment(
        String id,
        String organizationId,
        String invoiceId,
        String status,
        long amount,
        String currency,
        String failureCode,
        String failureMessage,
        long createdAt) {

    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
}
