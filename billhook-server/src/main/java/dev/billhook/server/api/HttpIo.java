package dev.billhook.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** Blocking body reads and whole-body writes on Jetty's core API, shared by the API and checkout. */
public final class HttpIo {
    /** Request bodies above this are refused with 413 before any parsing. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** How much of a refused body is read and discarded so the client can read the 413; beyond, the connection just closes. */
    private static final long MAX_DRAIN_BYTES = 8L * 1024 * 1024;

    private HttpIo() {}

    /** Thrown when a body exceeds {@link #MAX_BODY_BYTES}; counted on bytes read, not Content-Length. */
    public static final class BodyTooLarge extends Exception {
        BodyTooLarge() {
            super(null, null, false, false);
        }
    }

    public static byte[] readBody(Request request) throws IOException, BodyTooLarge {
        long declared = request.getLength();
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > MAX_DRAIN_BYTES) throw new BodyTooLarge();
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                drain(in);
                throw new BodyTooLarge();
            }
            return body;
        }
    }

    /**
     * Reads and discards the rest of a refused body, up to {@link #MAX_DRAIN_BYTES}: a client still
     * sending when the server closes gets a reset instead of the 413 it should read.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] scrap = new byte[16 * 1024];
        long left = MAX_DRAIN_BYTES - MAX_BODY_BYTES;
        int n;
        while (left > 0 && (n = in.read(scrap, 0, (int) Math.min(scrap.length, left))) > 0) left -= n;
    }

    public static Map<String, List<String>> query(Request request) {
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Fields.Field field : fields) query.put(field.getName(), field.getValues());
        return query;
    }

    /** Tells the client this connection closes after the response (for example, a body left unread). */
    public static void closeAfter(Response response) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }

    public static void write(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    public static void writeJson(Response response, Callback callback, int status, byte[] body) {
        write(response, callback, status, "application/json", body);
    }
}
