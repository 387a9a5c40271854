package dev.billhook.server.billing;

import java.util.Locale;

/**
 * The checkout's HTML: one small page, no scripts, a plain form POST, so it works anywhere and
 * is easy to drive from a test or a terminal browser. Every interpolated value is escaped.
 */
final class CheckoutPage {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;background:#f5f6f8;margin:0}"
            + "main{max-width:26rem;margin:4rem auto;background:#fff;border-radius:12px;padding:2rem;"
            + "box-shadow:0 2px 12px rgba(0,0,0,.08)}h1{font-size:1.3rem;margin:0 0 .25rem}"
            + ".muted{color:#667}.price{font-size:2rem;margin:1rem 0}label{display:block;margin:1rem 0 .3rem}"
            + "input{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #ccd;border-radius:6px}"
            + "button{margin-top:1.2rem;width:100%;padding:.8rem;font-size:1rem;border:0;border-radius:6px;"
            + "background:#3b5bdb;color:#fff;cursor:pointer}.error{color:#c92a2a}.ok{color:#2b8a3e}";

    private CheckoutPage() {}

    static String form(Checkout.Due due, String error) {
        SubscriptionDetail d = due.subscription();
        String heading = due.purpose() == Checkout.Purpose.FIRST_PAYMENT
                ? "Subscribe to " + d.plan().name() : "Settle your " + d.plan().name() + " invoice";
        String per = due.purpose() == Checkout.Purpose.FIRST_PAYMENT ? " / " + d.subscription().interval().wire() : "";
        return page(heading, "<h1>" + esc(heading) + "</h1>"
                + "<p class=\"muted\">" + esc(due.org().name()) + " · " + esc(d.customer().email()) + "</p>"
                + "<p class=\"price\">" + esc(money(due.amount())) + "<span class=\"muted\">" + esc(per) + "</span></p>"
                + (error == null ? "" : "<p class=\"error\">" + esc(error) + "</p>")
                + "<form method=\"post\"><label for=\"card\">Card number (test mode)</label>"
                + "<input id=\"card\" name=\"card\" inputmode=\"numeric\" autocomplete=\"cc-number\" value=\""
                + PaymentSimulator.SUCCESS_CARD + "\"><button type=\"submit\">Pay " + esc(money(due.amount()))
                + "</button></form><p class=\"muted\">Test cards: " + PaymentSimulator.SUCCESS_CARD + " succeeds, "
                + PaymentSimulator.DECLINED_CARD + " is declined, " + PaymentSimulator.RENEWALS_DECLINE_CARD
                + " succeeds now and declines renewals.</p>");
    }

    static String paid(Checkout.Paid paid) {
        SubscriptionDetail d = paid.subscription();
        return page("Payment received", "<h1 class=\"ok\">Payment received</h1><p>"
                + esc(money(paid.invoice().total())) + " paid for " + esc(d.plan().name())
                + ", invoice " + esc(paid.invoice().number()) + ".</p><p class=\"muted\">You can close this page.</p>");
    }

    static String problem(String message) {
        return page("Checkout", "<h1>Checkout</h1><p class=\"error\">" + esc(message) + "</p>");
    }

    static String money(long cents) {
        return String.format(Locale.ROOT, "$%d.%02d", cents / 100, cents % 100);
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + esc(title)
                + "</title><style>" + STYLE + "</style></head><body><main>" + body + "</main></body></html>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
