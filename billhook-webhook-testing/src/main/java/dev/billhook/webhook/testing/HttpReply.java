package dev.billhook.webhook.testing;

import java.util.Objects;

/**
 * What an endpoint answered a delivery posted over HTTP.
 *
 * @param status the HTTP status code
 * @param body the response body, decoded as UTF-8
 */
public record HttpReply(int status, String body) {
    /**
     * @throws NullPointerException if {@code body} is null
     */
    public HttpReply {
        Objects.requireNonNull(body, "body");
    }

    /** True for 2xx, which the Commet sender counts as delivered. */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }
}
