package dev.billhook.server.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billhook.server.api.HttpIo;
import dev.billhook.server.api.Json;
import dev.billhook.server.store.Ids;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /checkout/{token}} shows the page; {@code POST} pays it with a form field or a JSON
 * body {@code card}. JSON requests get JSON answers ({@code {success, data | error}}), others HTML.
 * Statuses: 400 bad card, 402 declined, 404 unknown token, 409 nothing to pay.
 */
final class CheckoutHandler extends Handler.Abstract {
    private static final Logger log = LoggerFactory.getLogger(CheckoutHandler.class);
    private static final Pattern PATH = Pattern.compile("^/checkout/([A-Za-z0-9_]{1,64})/?$");

    private final Checkout checkout;

    CheckoutHandler(Checkout checkout) {
        this.checkout = checkout;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Matcher path = PATH.matcher(Request.getPathInContext(request));
        if (!path.matches()) return false;
        response.getHeaders().put("x-request-id", Ids.newId("req"));
        String token = path.group(1);
        boolean json = isJson(request.getHeaders().get("Content-Type"))
                || String.valueOf(request.getHeaders().get("Accept")).startsWith("application/json");
        try {
            switch (request.getMethod()) {
                case "GET" -> html(response, callback, 200, CheckoutPage.form(checkout.describe(token), null));
                case "POST" -> pay(request, response, callback, token, json);
                default -> {
                    response.getHeaders().put("Allow", "GET, POST");
                    html(response, callback, 405, CheckoutPage.problem("Use GET to view this checkout or POST to pay it."));
                }
            }
        } catch (BillingException e) {
            refuse(response, callback, token, json, e);
        } catch (Exception e) {
            log.error("checkout failed method={} path={}", request.getMethod(), path.group(0), e);
            if (json) HttpIo.writeJson(response, callback, 500, Json.bytes(error("internal_error", "Checkout failed.", null)));
            else html(response, callback, 500, CheckoutPage.problem("Something went wrong; please try again."));
        }
        return true;
    }

    private void pay(Request request, Response response, Callback callback, String token, boolean json) throws Exception {
        String card;
        try {
            card = json ? jsonCard(HttpIo.readBody(request)) : formCard(HttpIo.readBody(request));
        } catch (HttpIo.BodyTooLarge e) {
            HttpIo.closeAfter(response);
            throw BillingException.invalid("card", "must be sent in a small body");
        }
        Checkout.Paid paid = checkout.pay(token, card);
        if (!json) {
            html(response, callback, 200, CheckoutPage.paid(paid));
            return;
        }
        ObjectNode data = Json.object();
        data.put("object", "checkout");
        data.put("status", "paid");
        data.put("subscriptionId", paid.subscription().subscription().id());
        data.put("subscriptionStatus", paid.subscription().subscription().status().wire());
        data.put("invoiceId", paid.invoice().id());
        data.put("invoiceNumber", paid.invoice().number());
        data.put("amount", paid.invoice().total());
        data.put("currency", paid.invoice().currency());
        ObjectNode envelope = Json.object().put("success", true);
        envelope.set("data", data);
        HttpIo.writeJson(response, callback, 200, Json.bytes(envelope));
    }

    private void refuse(Response response, Callback callback, String token, boolean json, BillingException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PAYMENT_DECLINED -> 402;
        };
        String message = e.kind() == BillingException.Kind.INVALID ? e.param() + " " + e.getMessage() : e.getMessage();
        if (json) {
            HttpIo.writeJson(response, callback, status, Json.bytes(error(e.code(), message, e.param())));
        } else if (status == 402 || status == 400) {
            html(response, callback, status, retryPage(token, message));
        } else {
            html(response, callback, status, CheckoutPage.problem(message));
        }
    }

    /** The form again with the reason above it, so the customer can retry; a plain notice if it is gone. */
    private String retryPage(String token, String message) {
        try {
            return CheckoutPage.form(checkout.describe(token), message);
        } catch (BillingException gone) {
            return CheckoutPage.problem(message);
        }
    }

    private static String jsonCard(byte[] body) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw BillingException.invalid("card", "must be sent as JSON {\"card\": \"4242…\"}; the body is not valid JSON");
        }
        JsonNode card = node == null ? null : node.get("card");
        if (card == null || !card.isTextual()) throw BillingException.invalid("card", "is required, as a string");
        return card.asText();
    }

    private static String formCard(byte[] body) {
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("card")) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw BillingException.invalid("card", "is required");
    }

    private static ObjectNode error(String code, String message, String param) {
        ObjectNode envelope = Json.object().put("success", false);
        ObjectNode error = envelope.putObject("error");
        error.put("type", code.equals("internal_error") ? "api_error" : "invalid_request_error");
        error.put("code", code);
        error.put("message", message);
        if (param != null) error.put("param", param);
        return envelope;
    }

    private static void html(Response response, Callback callback, int status, String page) {
        HttpIo.write(response, callback, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }
}
