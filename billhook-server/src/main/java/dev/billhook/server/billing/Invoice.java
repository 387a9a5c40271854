package dev.billhook.server.billing;

/**
 * A bill for one period of a subscription (or a proration).
 *
 * @param status Commet's wire value: {@code outstanding}, {@code paid}, {@code void} or {@code uncollectible}
 * @param subtotal cents; equal to {@code total} while there are no discounts or taxes
 */
public record Invoice(
        String id,
        String organizationId,
        String customerId,
        String subscriptionId,
        String number,
        String status,
        String currency,
        long subtotal,
        long total,
        long periodStart,
        long periodEnd,
        long issueDate,
        long dueDate,
        long createdAt) {

    public static final String OUTSTANDING = "outstanding";
    public static final String PAID = "paid";
    public static final String VOID = "void";
    public static final String UNCOLLECTIBLE = "uncollectible";
}
