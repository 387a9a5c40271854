package dev.billhook.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The contract, {@code contract/commet-catalog.json}, and the rules that map it to Java. */
final class Catalog {
    static final String EVENT_PACKAGE = "dev.billhook.webhook.event.";

    /**
     * The catalog's {@code number} fields that are decimals in Java ({@code BigDecimal}); every
     * other number is integer cents or a count ({@code long}). Metered usage can be fractional
     * (Commet's docs track 0.5 of {@code storage_gb}), so usage values, the usage totals and
     * included amounts they are compared with, and the feature-access quantities are decimals; so
     * is {@code overageUnitPrice}, because per-unit prices are routinely fractions of a cent.
     */
    static final Set<String> FRACTIONAL =
            Set.of(
                    "UsageRecordedData.value",
                    "QuotaThresholdReachedData.currentUsage",
                    "QuotaThresholdReachedData.includedAmount",
                    "QuotaExceededData.currentUsage",
                    "QuotaExceededData.includedAmount",
                    "WebhookFeatureAccess.current",
                    "WebhookFeatureAccess.included",
                    "WebhookFeatureAccess.remaining",
                    "WebhookFeatureAccess.overageQuantity",
                    "WebhookFeatureAccess.overageUnitPrice",
                    "WebhookFeatureAccess.billedQuantity");

    /** String fields holding ISO-8601 dates; each has an {@code <name>Instant()} accessor. */
    static final Pattern DATE_FIELD = Pattern.compile("(At|Date|Start|End)$|^ts$");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path REPO_ROOT = findRepoRoot();
    static final Path FILE = REPO_ROOT.resolve("contract/commet-catalog.json");
    static final JsonNode ROOT = read(FILE);

    private Catalog() {}

    static List<JsonNode> events() {
        List<JsonNode> events = new ArrayList<>();
        ROOT.get("events").forEach(events::add);
        return events;
    }

    static JsonNode event(String type) {
        for (JsonNode e : ROOT.get("events")) {
            if (e.get("type").asText().equals(type)) {
                return e;
            }
        }
        throw new AssertionError("no catalog event " + type);
    }

    /** A shared type such as {@code WebhookPlanRef}, or null. */
    static JsonNode type(String name) {
        return ROOT.get("types").get(name);
    }

    /** {@code "WebhookPlanRef | null"} is {@code "WebhookPlanRef"}. */
    static String base(JsonNode field) {
        return field.get("type").asText().replace(" | null", "");
    }

    static boolean mayBeNull(JsonNode field) {
        return field.get("nullable").asBoolean() || field.get("optional").asBoolean();
    }

    /** {@code SubscriptionCreatedData} is {@code SubscriptionCreatedEvent}. */
    static String eventClassName(JsonNode event) {
        return event.get("dataType").asText().replaceFirst("Data$", "Event");
    }

    /** {@code payment_link.created} is {@code onPaymentLinkCreated}. */
    static String handlerName(String type) {
        StringBuilder name = new StringBuilder("on");
        for (String part : type.split("[._]")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    static List<String> names(JsonNode fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /** Walks up from the module directory to the checkout that holds contract/. */
    private static Path findRepoRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
                dir != null;
                dir = dir.getParent()) {
            if (Files.exists(dir.resolve("contract/commet-catalog.json"))) {
                return dir;
            }
        }
        throw new AssertionError("contract/commet-catalog.json not found above user.dir");
    }
}
