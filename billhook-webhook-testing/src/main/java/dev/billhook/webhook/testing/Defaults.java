package dev.billhook.webhook.testing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Realistic default values for a data record, derived from each component's name and Java type.
 * Every component gets a value (nullable ones too), so a handler under test sees a complete event;
 * override or null what a test cares about. Because the values follow the SDK's records, and those
 * are checked against the Commet catalog, defaults always parse.
 */
final class Defaults {
    static final String CUSTOMER_ID = "cus_test_42";
    static final String SUBSCRIPTION_ID = "sub_test_01";
    private static final Pattern DATE = Pattern.compile("(At|Date|Start|End)$|^ts$");
    private static final String START = "2026-03-25T14:30:00.000Z";
    private static final String END = "2026-04-25T14:30:00.000Z";

    private static final Map<String, Object> BY_NAME =
            Map.ofEntries(
                    Map.entry("customerId", CUSTOMER_ID),
                    Map.entry("subscriptionId", SUBSCRIPTION_ID),
                    Map.entry("invoiceId", "inv_test_0042"),
                    Map.entry("invoiceNumber", "INV-2026-0042"),
                    Map.entry("planId", "plan_pro"),
                    Map.entry("planName", "Pro"),
                    Map.entry("name", "Acme Pro"),
                    Map.entry("paymentTransactionId", "pi_test_3Abc"),
                    Map.entry("paymentLinkId", "plink_test_7"),
                    Map.entry("paymentId", "plink_test_7"),
                    Map.entry("payoutId", "po_test_9"),
                    Map.entry("usageEventId", "uev_test_51"),
                    Map.entry("externalId", "acme-42"),
                    Map.entry("fullName", "Ada Lovelace"),
                    Map.entry("email", "billing@acme.test"),
                    Map.entry("customerEmail", "billing@acme.test"),
                    Map.entry("timezone", "America/New_York"),
                    Map.entry("taxDocument", "20-12345678-9"),
                    Map.entry("documentType", "cuit"),
                    Map.entry("billingInterval", "monthly"),
                    Map.entry("scheduledBillingInterval", "yearly"),
                    Map.entry("revokedBillingInterval", "yearly"),
                    Map.entry("invoiceStatus", "open"),
                    Map.entry("cancelReason", "customer_request"),
                    Map.entry("failureCode", "card_declined"),
                    Map.entry("failureMessage", "Your card was declined."),
                    Map.entry("disputeReason", "fraudulent"),
                    Map.entry("outcome", "won"),
                    Map.entry("reason", "renewal"),
                    Map.entry("trigger", "subscription.activated"),
                    Map.entry("description", "Onboarding workshop"),
                    Map.entry("creditPackName", "1,000 credits"),
                    Map.entry("consumptionModel", "usage"),
                    Map.entry("featureCode", "api_calls"),
                    Map.entry("brand", "visa"),
                    Map.entry("last4", "4242"),
                    Map.entry("bankName", "First National"),
                    Map.entry("expMonth", 12L),
                    Map.entry("expYear", 2029L),
                    Map.entry("trialDays", 14L),
                    Map.entry("fee", 150L),
                    Map.entry("netAmount", 4750L),
                    Map.entry("credits", 1000L),
                    Map.entry("remainingCredits", 100L),
                    Map.entry("thresholdCredits", 100L),
                    Map.entry("periodCredits", 1000L),
                    Map.entry("expiredCredits", 250L),
                    Map.entry("previousSeats", 4L),
                    Map.entry("currentSeats", 5L),
                    Map.entry("includedSeats", 5L),
                    Map.entry("value", new BigDecimal("1.5")),
                    Map.entry("currentUsage", new BigDecimal("1000")),
                    Map.entry("includedAmount", new BigDecimal("1000")),
                    Map.entry("unlimited", false),
                    Map.entry("metadata", Map.of("crmId", "hs_981")));

    /** Values that depend on the record, checked before {@link #BY_NAME}. */
    private static final Map<String, Object> BY_RECORD_AND_NAME =
            Map.ofEntries(
                    Map.entry("WebhookPlanRef.id", "plan_pro"),
                    Map.entry("WebhookPlanRef.name", "Pro"),
                    Map.entry("WebhookAddonRef.id", "addon_extra_storage"),
                    Map.entry("WebhookAddonRef.name", "Extra storage"),
                    Map.entry("CustomerCreatedData.id", CUSTOMER_ID),
                    Map.entry("CustomerUpdatedData.id", CUSTOMER_ID),
                    Map.entry("WebhookFeatureAccess.code", "api_calls"),
                    Map.entry("WebhookFeatureAccess.name", "API calls"),
                    Map.entry("WebhookFeatureAccess.type", "metered"),
                    Map.entry("WebhookFeatureAccess.current", new BigDecimal("1200")),
                    Map.entry("WebhookFeatureAccess.included", new BigDecimal("1000")),
                    Map.entry("WebhookFeatureAccess.remaining", BigDecimal.ZERO),
                    Map.entry("WebhookFeatureAccess.overageQuantity", new BigDecimal("200")),
                    Map.entry("WebhookFeatureAccess.overageUnitPrice", new BigDecimal("0.2")),
                    Map.entry("WebhookFeatureAccess.billedQuantity", new BigDecimal("200")),
                    Map.entry("WebhookSeatSummary.code", "seats"),
                    Map.entry("WebhookSeatSummary.current", 4L),
                    Map.entry("WebhookSeatSummary.included", 5L),
                    Map.entry("WebhookSeatSummary.remaining", 1L),
                    Map.entry("WebhookCreditsBalance.planCredits", 1000L),
                    Map.entry("WebhookCreditsBalance.purchasedCredits", 500L),
                    Map.entry("WebhookCreditsBalance.totalCredits", 1500L),
                    Map.entry("WebhookBalance.currentBalance", 2500L));

    private Defaults() {}

    /** Default values for every component of {@code record}, in component order. */
    static Map<String, Object> forRecord(Class<?> record, String eventType) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            values.put(c.getName(), value(record, c.getName(), c.getGenericType(), eventType));
        }
        return values;
    }

    private static Object value(Class<?> owner, String name, Type type, String eventType) {
        Class<?> raw =
                type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        Object known = BY_RECORD_AND_NAME.get(owner.getSimpleName() + "." + name);
        if (known == null) {
            known = BY_NAME.get(name);
        }
        // One name can mean different things: "credits" is a count in credits.granted and a
        // balance record in customer.state_changed.
        if (known != null && fits(known, raw)) {
            return known;
        }
        if (raw == String.class) {
            return text(name, eventType);
        }
        if (raw == long.class || raw == Long.class) {
            return 4900L; // cents: the usual amount in Commet's examples, $49.00
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.TEN;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return List.of(value(owner, name, element, eventType));
        }
        if (raw.isRecord()) {
            return forRecord(raw, eventType);
        }
        throw new IllegalStateException("no default for " + owner.getSimpleName() + "." + name);
    }

    private static boolean fits(Object value, Class<?> raw) {
        if (raw == long.class) {
            return value instanceof Long;
        }
        if (raw == boolean.class) {
            return value instanceof Boolean;
        }
        return raw.isInstance(value);
    }

    private static String text(String name, String eventType) {
        if (DATE.matcher(name).find()) {
            return name.endsWith("End") || name.endsWith("EndsAt") || name.equals("endDate")
                            || name.equals("dueDate") || name.equals("effectiveAt")
                    ? END
                    : START;
        }
        if (name.endsWith("Url")) {
            return "https://pay.commet.test/" + eventType.replace('.', '/') + "/cs_7QpX";
        }
        if (name.equals("currency") || name.endsWith("Currency")) {
            return "USD";
        }
        if (name.equals("status")) {
            return Statuses.forEvent(eventType);
        }
        return name;
    }
}
