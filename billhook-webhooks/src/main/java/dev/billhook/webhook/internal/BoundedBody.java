package dev.billhook.webhook.internal;

import dev.billhook.webhook.Nullable;
import dev.billhook.webhook.WebhookVerificationException;
import dev.billhook.webhook.WebhookVerificationException.Reason;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a request body into memory, decoding {@code Content-Encoding: gzip}, with one size limit
 * applied twice: to the bytes read from the wire and to the decoded bytes. The one place the SDK
 * reads bodies; every adapter reaches it through {@code WebhookDispatcher.handle(InputStream,
 * HeaderLookup)}.
 *
 * <p>Bytes are counted as they are read, so a missing or false {@code Content-Length} and chunked
 * bodies are capped alike, and a gzip bomb stops at {@code limit + 1} decoded bytes. Memory use is
 * bounded by about twice the limit. The caller's stream is never closed.
 */
public final class BoundedBody {
    private static final int MIN_BUFFER = 512;
    private static final int MAX_INITIAL_BUFFER = 64 * 1024;

    private BoundedBody() {}

    /**
     * The decoded body.
     *
     * @param in the body as received on the wire
     * @param contentEncoding the {@code Content-Encoding} header: null, empty or {@code identity}
     *     (as is), {@code gzip} or {@code x-gzip}; case-insensitive, surrounding spaces ignored
     * @param limit the most bytes accepted, on the wire and decoded; positive
     * @throws WebhookVerificationException UNSUPPORTED_ENCODING for any other encoding (including a
     *     list such as {@code gzip, gzip}), BODY_TOO_LARGE, or UNREADABLE_BODY if reading failed or
     *     the gzip data is corrupt
     */
    public static byte[] read(InputStream in, @Nullable String contentEncoding, int limit) {
        return read(in, isGzip(contentEncoding), limit);
    }

    /**
     * As {@link #read(InputStream, String, int)}, for a body already in memory: without a {@code
     * Content-Encoding} the array itself is returned, not a copy, once its length is within the
     * limit; a gzipped body is decoded as a stream would be.
     */
    public static byte[] read(byte[] body, @Nullable String contentEncoding, int limit) {
        boolean gzip = isGzip(contentEncoding);
        if (!gzip) {
            return checked(body, limit, "body");
        }
        if (body.length > limit) {
            throw tooLarge("body", limit);
        }
        return read(new ByteArrayInputStream(body), true, limit);
    }

    private static byte[] read(InputStream in, boolean gzip, int limit) {
        Limited wire = new Limited(in, limit);
        try {
            if (!gzip) {
                return checked(readUpTo(wire, limit + 1, availableOr0(in)), limit, "body");
            }
            byte[] decoded;
            try (GZIPInputStream inflated = new GZIPInputStream(wire)) {
                decoded = checked(readUpTo(inflated, limit + 1, 0), limit, "decoded body");
            }
            // GZIPInputStream ignores data after the last member without reading all of it; read it
            // here, so the wire limit holds for the whole body.
            wire.transferTo(OutputStream.nullOutputStream());
            return decoded;
        } catch (TooLarge e) {
            throw tooLarge("body", limit);
        } catch (IOException e) {
            // The I/O message may quote body bytes; keep it as the cause only.
            throw new WebhookVerificationException(
                    Reason.UNREADABLE_BODY,
                    gzip ? "body is not valid gzip or was cut short" : "body could not be read",
                    e);
        }
    }

    private static boolean isGzip(@Nullable String contentEncoding) {
        String coding =
                contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        if (coding.isEmpty() || coding.equals("identity")) {
            return false;
        }
        if (coding.equals("gzip") || coding.equals("x-gzip")) {
            return true;
        }
        throw new WebhookVerificationException(
                Reason.UNSUPPORTED_ENCODING,
                "Content-Encoding must be gzip or identity; send the body uncompressed or gzipped");
    }

    /** A size hint only; a stream that cannot tell fails, if at all, when it is read. */
    private static int availableOr0(InputStream in) {
        try {
            return in.available();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Up to {@code max} bytes of {@code in}, in a buffer that starts near {@code sizeHint} (what
     * the stream says is available) and doubles, rather than {@code readNBytes}'s 8 KB chunks
     * copied together at the end: a typical webhook body is a few hundred bytes.
     */
    private static byte[] readUpTo(InputStream in, int max, int sizeHint) throws IOException {
        // One byte more than the hint, so a body of exactly that size reads EOF without growing.
        long initial = Math.max(MIN_BUFFER, Math.min((long) sizeHint + 1, MAX_INITIAL_BUFFER));
        byte[] buffer = new byte[(int) Math.min(initial, max)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length == max) {
                    break;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) length * 2, max));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }

    private static byte[] checked(byte[] bytes, int limit, String what) {
        if (bytes.length > limit) {
            throw tooLarge(what, limit);
        }
        return bytes;
    }

    private static WebhookVerificationException tooLarge(String what, int limit) {
        return new WebhookVerificationException(
                Reason.BODY_TOO_LARGE, what + " is larger than the " + limit + "-byte limit");
    }

    /** Signals the wire limit from inside GZIPInputStream. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("over the limit");
        }
    }

    /**
     * Counts bytes read and fails once more than {@code limit + 1} were asked for, every time after
     * that too (GZIPInputStream swallows some exceptions). {@code close()} leaves the source open.
     */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (count > limit) {
                throw new TooLarge();
            }
            // Never read more than one byte past the limit: that byte proves the body too large.
            int n = in.read(b, off, (int) Math.min(len, limit + 1 - count));
            if (n > 0) {
                count += n;
            }
            if (count > limit) {
                throw new TooLarge();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            int chunk = (int) Math.max(0, Math.min(n, 8192));
            return Math.max(0, read(new byte[chunk], 0, chunk));
        }

        @Override
        public void close() {}

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
