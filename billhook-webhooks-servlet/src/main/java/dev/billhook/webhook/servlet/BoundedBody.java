package dev.billhook.webhook.servlet;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit. Temporary: it goes away once the dispatcher takes the request
 * {@code InputStream} itself and enforces the limit there.
 */
final class BoundedBody {
    private BoundedBody() {}

    /** The whole stream, or null if it holds more than {@code limit} bytes. */
    static byte[] read(InputStream in, int limit) throws IOException {
        // One byte past the limit tells "exactly at the limit" from "over it" without reading on.
        byte[] bytes = in.readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}
