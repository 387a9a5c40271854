package dev.billhook.server.api;

import dev.billhook.server.billing.BillingException;

/** Turns billing's refusals into API errors, so billing rules stay free of HTTP. */
final class BillingErrors {
    private BillingErrors() {}

    /** {@code endpoint}, with any {@link BillingException} it throws rendered as its API error. */
    static Endpoint translating(Endpoint endpoint) {
        return request -> {
            try {
                return endpoint.handle(request);
            } catch (BillingException e) {
                throw toApi(e);
            }
        };
    }

    static ApiException toApi(BillingException e) {
        return switch (e.kind()) {
            case INVALID -> ApiException.validation(e.param(), e.getMessage());
            case NOT_FOUND -> new ApiException(404, "invalid_request_error", "not_found", e.getMessage(), e.param(), null);
            case CONFLICT -> new ApiException(409, "invalid_request_error", e.code(), e.getMessage(), e.param(), null);
            case PAYMENT_DECLINED -> new ApiException(402, "payment_error", e.code(), e.getMessage(), null, null);
        };
    }
}
