package dev.billhook.server.billing;

import java.util.List;
import java.util.Optional;

/** A plan customers subscribe to: its prices (one per interval) and the features it grants. */
public record Plan(
        String id,
        String organizationId,
        String code,
        String name,
        String description,
        boolean isPublic,
        boolean isDefault,
        boolean isFree,
        int sortOrder,
        long createdAt,
        long updatedAt,
        List<Price> prices,
        List<Feature> features) {

    /** @param amount cents per period */
    public record Price(BillingInterval interval, long amount, boolean isDefault, int trialDays) {}

    /** A boolean feature: granted while {@code enabled}. */
    public record Feature(String code, String name, String type, boolean enabled) {}

    public Plan {
        prices = List.copyOf(prices);
        features = List.copyOf(features);
    }

    public Optional<Price> price(BillingInterval interval) {
        return prices.stream().filter(p -> p.interval() == interval).findFirst();
    }

    /** The price to use when the caller names no interval. */
    public Price defaultPrice() {
        return prices.stream().filter(Price::isDefault).findFirst().orElse(prices.get(0));
    }

    public Optional<Feature> feature(String code) {
        return features.stream().filter(f -> f.code().equals(code)).findFirst();
    }
}
