package dev.billhook.webhook.event;

import dev.billhook.webhook.Nullable;

/**
 * The payment provider that processed a charge (the catalog's {@code PaymentProvider}).
 *
 * <p>An enum rather than a string so handlers can {@code switch} over the known providers; {@link
 * #UNKNOWN} stands for any value this version does not know, so Commet adding a provider never
 * makes a payload malformed. (The unrecognized name itself is not kept: no handler can act on a
 * provider it has never heard of beyond treating it as "other".)
 */
public enum PaymentProvider {
    /** {@code stripe}. */
    STRIPE("stripe"),
    /** {@code commet}. */
    COMMET("commet"),
    /** {@code dlocal}. */
    DLOCAL("dlocal"),
    /** A provider added after this SDK version. */
    UNKNOWN(null);

    private final String wireValue;

    PaymentProvider(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as it appears in JSON, e.g. {@code stripe}; null for {@link #UNKNOWN}. */
    public @Nullable String wireValue() {
        return wireValue;
    }

    /** The provider for a JSON value; {@link #UNKNOWN} if unrecognized. Never null. */
    public static PaymentProvider fromWire(String wireValue) {
        for (PaymentProvider provider : values()) {
            if (provider.wireValue != null && provider.wireValue.equals(wireValue)) {
                return provider;
            }
        }
        return UNKNOWN;
    }
}
