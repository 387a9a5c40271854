package dev.billhook.server.billing;

/**
 * Charges cards the way a payment provider's test mode does, so the whole lifecycle can be driven
 * without real money. Any well-formed card (digits, Luhn-valid) succeeds except these:
 * <ul>
 *   <li>{@value #DECLINED_CARD}: declined at checkout;
 *   <li>{@value #RENEWALS_DECLINE_CARD}: accepted at checkout, then every renewal charge is declined.
 * </ul>
 */
public final class PaymentSimulator {
    /** The {@code PaymentProvider} value this server reports. */
    public static final String PROVIDER = "commet";
    public static final String SUCCESS_CARD = "4242424242424242";
    public static final String DECLINED_CARD = "4000000000000002";
    public static final String RENEWALS_DECLINE_CARD = "4000000000000341";
    public static final String DECLINE_CODE = "card_declined";

    /** The outcome of one charge; failure fields are null when it succeeded. */
    public record Charge(boolean succeeded, String failureCode, String failureMessage) {
        static Charge ok() {
            return new Charge(true, null, null);
        }

        static Charge declined() {
            return new Charge(false, DECLINE_CODE, "The card was declined.");
        }
    }

    private PaymentSimulator() {}

    /** The card number without spaces or dashes; a 400 on {@code card} if it is not one. */
    public static String normalize(String input) {
        String digits = input == null ? "" : input.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{12,19}") || !luhnValid(digits)) {
            throw BillingException.invalid("card", "must be a card number (12 to 19 digits), e.g. " + SUCCESS_CARD);
        }
        return digits;
    }

    /** A charge with a card typed at checkout (first payment or recovery). */
    static Charge chargeAtCheckout(String card) {
        return DECLINED_CARD.equals(card) ? Charge.declined() : Charge.ok();
    }

    /** An off-session charge with the saved card (renewals, dunning retries, plan changes). */
    static Charge chargeSaved(Subscription s) {
        return s.renewalsDecline() ? Charge.declined() : Charge.ok();
    }

    /** Whether the card declines off-session charges from now on. */
    static boolean declinesRenewals(String card) {
        return RENEWALS_DECLINE_CARD.equals(card);
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }
}
