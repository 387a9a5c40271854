package dev.billhook.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A realistic {@code data} object for any catalog event, generated from the catalog itself, so
 * every event type gets a body without 56 hand-written fixtures going stale. Values follow the
 * field's JSON type and, for strings, its name (ids carry their usual prefixes, dates are ISO-8601,
 * currencies are ISO 4217).
 */
final class CatalogBodies {
    /** Whether to fill the fields the catalog lets be absent or null. */
    enum Fill {
        /** Every field, with a value. */
        EVERY_FIELD,
        /** Only what is required: optional fields absent, nullable ones JSON null. */
        REQUIRED_ONLY
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ARRAY = Pattern.compile("Array<(\\w+)>");

    private static final Map<String, String> ID_PREFIXES =
            Map.of(
                    "subscriptionId", "sub_",
                    "invoiceId", "inv_",
                    "planId", "plan_",
                    "paymentTransactionId", "pi_",
                    "paymentLinkId", "plink_",
                    "paymentId", "plink_",
                    "payoutId", "po_",
                    "usageEventId", "uev_",
                    "id", "cus_");

    private static final Map<String, String> WORDS =
            Map.ofEntries(
                    Map.entry("customerId", "acme-42"),
                    Map.entry("externalId", "acme-42"),
                    Map.entry("status", "active"),
                    Map.entry("invoiceStatus", "open"),
                    Map.entry("planName", "Pro"),
                    Map.entry("name", "Acme Pro"),
                    Map.entry("fullName", "Ada Lovelace"),
                    Map.entry("invoiceNumber", "INV-2026-0042"),
                    Map.entry("billingInterval", "monthly"),
                    Map.entry("failureCode", "card_declined"),
                    Map.entry("failureMessage", "Your card was declined."),
                    Map.entry("cancelReason", "customer_request"),
                    Map.entry("disputeReason", "fraudulent"),
                    Map.entry("outcome", "won"),
                    Map.entry("trigger", "subscription.activated"),
                    Map.entry("description", "Onboarding workshop"),
                    Map.entry("timezone", "America/New_York"),
                    Map.entry("brand", "visa"),
                    Map.entry("last4", "4242"),
                    Map.entry("bankName", "First National"),
                    Map.entry("code", "api_calls"),
                    Map.entry("featureCode", "api_calls"),
                    Map.entry("type", "metered"),
                    Map.entry("creditPackName", "Starter pack"),
                    Map.entry("consumptionModel", "usage"),
                    Map.entry("taxDocument", "20-12345678-9"),
                    Map.entry("documentType", "cuit"),
                    Map.entry("reason", "renewal"),
                    Map.entry("email", "billing@acme.test"),
                    Map.entry("customerEmail", "billing@acme.test"));

    private CatalogBodies() {}

    /** The {@code data} object for catalog event {@code type}. */
    static ObjectNode data(String type, Fill fill) {
        JsonNode event = Catalog.event(type);
        return object(event.get("dataType").asText(), event.get("fields"), fill);
    }

    /** A whole envelope around {@link #data}, compact JSON, ready to sign. */
    static String body(String type, Fill fill) {
        try {
            String data = MAPPER.writeValueAsString(data(type, fill));
            return Payloads.envelope("whev_" + type.replace('.', '_'), type, data);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode object(String owner, JsonNode fields, Fill fill) {
        ObjectNode out = NODES.objectNode();
        for (JsonNode f : fields) {
            String name = f.get("name").asText();
            if (fill == Fill.REQUIRED_ONLY && f.get("optional").asBoolean()) {
                continue;
            }
            if (fill == Fill.REQUIRED_ONLY && f.get("nullable").asBoolean()) {
                out.putNull(name);
                continue;
            }
            out.set(name, value(owner, name, Catalog.base(f), fill));
        }
        return out;
    }

    private static JsonNode value(String owner, String name, String type, Fill fill) {
        switch (type) {
            case "string":
                return NODES.textNode(text(owner, name));
            case "number":
                return Catalog.FRACTIONAL.contains(owner + "." + name)
                        ? NODES.numberNode(new BigDecimal("1250.5"))
                        : NODES.numberNode(integer(name));
            case "boolean":
                return NODES.booleanNode(true);
            case "Record<string, unknown>":
                ObjectNode metadata = NODES.objectNode().put("crmId", "hs_981").put("seats", 3);
                metadata.putArray("tags").add("enterprise");
                metadata.putObject("owner").putNull("team");
                return metadata;
            default:
                Matcher array = ARRAY.matcher(type);
                if (array.matches()) {
                    ArrayNode list = NODES.arrayNode();
                    list.add(value(owner, name, array.group(1), fill));
                    return list;
                }
                JsonNode shared = Catalog.type(type);
                if (shared.has("enum")) {
                    return shared.get("enum").get(0);
                }
                return object(type, shared.get("fields"), fill);
        }
    }

    private static String text(String owner, String name) {
        if (Catalog.DATE_FIELD.matcher(name).find()) {
            return name.endsWith("End") || name.equals("dueDate") || name.endsWith("EndsAt")
                    ? "2026-04-25T14:30:00.000Z"
                    : "2026-03-25T14:30:00.000Z";
        }
        if (name.endsWith("Url")) {
            return "https://pay.commet.test/" + owner.toLowerCase() + "/cs_7QpX";
        }
        if (name.equals("currency") || name.endsWith("Currency")) {
            return "USD";
        }
        String prefix = ID_PREFIXES.get(name);
        if (name.equals("id") && owner.equals("WebhookPlanRef")) {
            return "plan_team";
        }
        if (name.equals("id") && owner.equals("WebhookAddonRef")) {
            return "addon_extra_storage";
        }
        if (prefix != null) {
            return prefix + "01HZX8K2";
        }
        String word = WORDS.get(name);
        return word != null ? word : name.toLowerCase() + "_sample";
    }

    private static long integer(String name) {
        return switch (name) {
            case "expMonth" -> 12;
            case "expYear" -> 2029;
            case "trialDays" -> 14;
            case "previousSeats", "currentSeats", "includedSeats", "current", "included",
                    "remaining" -> 5;
            default -> 4900;
        };
    }
}
