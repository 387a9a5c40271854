package dev.billhook.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bodies every receiver benchmark reads, compact as they travel on the wire.
 *
 * <p>{@link #COMMET} is a {@code subscription.activated} delivery carrying every field of the
 * catalog's {@code SubscriptionActivatedData} and nothing else, with ids as long as production ids
 * tend to be. {@link #STRIPE} is the Stripe equivalent ({@code customer.subscription.created}),
 * trimmed to a similar size so that all peers hash and parse about the same number of bytes; a real
 * Stripe subscription event is several times larger.
 */
final class Payloads {
    /** The Commet endpoint secret: {@code whsec_} + base64 of 32 bytes, as Billhook issues them. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7PgGyMtBc1c=";

    /** Stripe endpoint secrets have the same prefix but are keyed as the whole string. */
    static final String STRIPE_SECRET = "whsec_4f0b9c2e7d1a8356b2c4e6f8a0b1c3d5";

    static final String COMMET_EVENT_ID = "whev_01JQ8K3M5N7P9R2T4V6X8Z0B1C";

    static final String CUSTOMER_ID = "acme-analytics-workspace-004821";

    static final byte[] COMMET =
            compact(
                    """
                    {
                      "id": "whev_01JQ8K3M5N7P9R2T4V6X8Z0B1C",
                      "event": "subscription.activated",
                      "timestamp": "2026-03-25T14:30:00.000Z",
                      "organizationId": "org_2vQH7kLmN4pR8sT1wX3yZ5aB",
                      "mode": "live",
                      "apiVersion": "2026-03-01",
                      "data": {
                        "subscriptionId": "sub_01JQ8K2W6F4D9H3J7M1P5R8T2V",
                        "customerId": "acme-analytics-workspace-004821",
                        "status": "active",
                        "currentPeriodStart": "2026-03-25T14:30:00.000Z",
                        "currentPeriodEnd": "2027-03-25T14:30:00.000Z",
                        "name": "Acme Analytics \u2014 Growth plan, yearly billing (25 seats included)",
                        "invoiceId": "inv_01JQ8K2YB3C5E7G9K1M3P5R7T9",
                        "invoiceNumber": "ACME-ANALYTICS-2026-000412",
                        "invoiceTotal": 238800,
                        "invoiceCurrency": "USD",
                        "provider": "stripe"
                      }
                    }
                    """);

    static final byte[] STRIPE =
            compact(
                    """
                    {
                      "id": "evt_1QxYz2LkdIwHu7ixW3b8Kp4N",
                      "object": "event",
                      "api_version": "2025-09-30.clover",
                      "created": 1774449000,
                      "data": {
                        "object": {
                          "id": "sub_1QxYz1LkdIwHu7ixA9c2Rt5M",
                          "object": "subscription",
                          "billing_cycle_anchor": 1774449000,
                          "cancel_at_period_end": false,
                          "collection_method": "charge_automatically",
                          "created": 1774449000,
                          "currency": "usd",
                          "customer": "cus_RqT8vW2xY4zA6b",
                          "latest_invoice": "in_1QxYz1LkdIwHu7ixB4d6Fh8J",
                          "livemode": true,
                          "metadata": {"workspace": "acme-analytics-workspace-004821"},
                          "start_date": 1774449000,
                          "status": "active"
                        }
                      },
                      "livemode": true,
                      "pending_webhooks": 1,
                      "request": {
                        "id": "req_9kLmN4pR8sT1wX",
                        "idempotency_key": "6c1b2d3e-4f5a-4b7c-8d9e-0f1a2b3c4d5e"
                      },
                      "type": "customer.subscription.created"
                    }
                    """);

    private Payloads() {}

    /** {@code json} without whitespace, as UTF-8; a real sender serializes compactly. */
    private static byte[] compact(String json) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            return mapper.writeValueAsString(mapper.readTree(json)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
