package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

import java.math.BigDecimal;

/**
 * One feature's access for a customer, as the catalog's {@code WebhookFeatureAccess}. Which
 * components are set depends on the feature's {@link #type()}.
 *
 * @param code the feature code
 * @param name the feature display name
 * @param type the kind of feature, e.g. {@code boolean}, {@code metered} or {@code seats}
 * @param allowed whether the customer may use the feature now
 * @param enabled for on/off features, whether it is on (null when not applicable)
 * @param current usage so far in the period, a decimal since usage can be fractional (null when not
 *     applicable)
 * @param included quantity included in the period, a decimal (null when not applicable)
 * @param remaining quantity left before overage, a decimal (null when not applicable)
 * @param overageQuantity quantity beyond the included amount, a decimal (null when not applicable)
 * @param overageUnitPrice price per unit of overage in cents; a decimal because per-unit prices are
 *     routinely fractions of a cent (null when not applicable)
 * @param unlimited true if usage is unlimited (null when not applicable)
 * @param overageEnabled true if usage beyond the included amount is billed rather than blocked
 *     (null when not applicable)
 * @param billedQuantity quantity billed so far in the period, a decimal (null when not applicable)
 */
public record WebhookFeatureAccess(
        String code,
        String name,
        String type,
        boolean allowed,
        @Nullable Boolean enabled,
        @Nullable BigDecimal current,
        @Nullable BigDecimal included,
        @Nullable BigDecimal remaining,
        @Nullable BigDecimal overageQuantity,
        @Nullable BigDecimal overageUnitPrice,
        @Nullable Boolean unlimited,
        @Nullable Boolean overageEnabled,
        @Nullable BigDecimal billedQuantity) {}
