package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * Seat counts for one seat-based feature, as the catalog's {@code WebhookSeatSummary}. Counts are
 * null for unlimited seats.
 *
 * @param code the seat feature code
 * @param current seats in use (null when not applicable)
 * @param included seats included (null when not applicable)
 * @param remaining seats left (null when not applicable)
 * @param unlimited true if seats are unlimited (null when not applicable)
 */
public record WebhookSeatSummary(
        String code,
        @Nullable Long current,
        @Nullable Long included,
        @Nullable Long remaining,
        @Nullable Boolean unlimited) {}
