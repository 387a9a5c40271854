package dev.billhook.webhook;

import java.nio.charset.StandardCharsets;

/** Test bodies. Hand-written JSON, so tests control every byte that gets signed. */
public final class Payloads {
    public static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public static final String TIMESTAMP = "2026-03-25T14:30:00.000Z";

    private Payloads() {}

    /** A compact envelope around {@code dataJson}. */
    public static String envelope(String id, String type, String dataJson) {
        return "{\"id\":\""
                + id
                + "\",\"event\":\""
                + type
                + "\",\"timestamp\":\""
                + TIMESTAMP
                + "\",\"organizationId\":\"org_42\",\"mode\":\"live\",\"apiVersion\":\"2026-07-11\","
                + "\"data\":"
                + dataJson
                + "}";
    }

    /** A valid {@code subscription.created} body. */
    public static String subscriptionCreated() {
        return envelope(
                "whev_created_1",
                "subscription.created",
                "{\"subscriptionId\":\"sub_1\","
                    + "\"customerId\":\"cus_1\",\"planId\":\"plan_pro\",\"planName\":\"Pro\","
                    + "\"status\":\"pending_payment\",\"startDate\":\"2026-03-25T14:30:00.000Z\","
                    + "\"name\":null}");
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The Commet signature of {@code body} under {@link #SECRET}. */
    public static String signature(byte[] body) {
        return WebhookSigner.sign(body, SECRET);
    }
}
