package dev.billhook.webhook;

import static dev.billhook.webhook.Payloads.SECRET;
import static dev.billhook.webhook.Payloads.signature;
import static dev.billhook.webhook.Payloads.utf8;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.WebhookVerificationException.Reason;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * {@code handle(InputStream, HeaderLookup)}: the size limit, Content-Encoding, unreadable bodies.
 */
class RequestBodyTest {
    private static final byte[] BODY = utf8(Payloads.subscriptionCreated());

    private final List<Reason> rejected = new CopyOnWriteArrayList<>();
    private final WebhookDispatcher dispatcher = recording(WebhookDispatcher.builder(SECRET));

    private WebhookDispatcher recording(WebhookDispatcher.Builder builder) {
        return builder.onError(
                        (error, event) ->
                                rejected.add(((WebhookVerificationException) error).reason()))
                .build();
    }

    private static HeaderLookup headers(String signature, String contentEncoding) {
        Map<String, String> map = new HashMap<>();
        map.put("X-Commet-Signature", signature);
        if (contentEncoding != null) {
            map.put("Content-Encoding", contentEncoding);
        }
        return HeaderLookup.of(map);
    }

    @Test
    void bytesAreCheckedAgainstTheLimitWithoutAStream() {
        WebhookDispatcher exact =
                recording(WebhookDispatcher.builder(SECRET).maxBodyBytes(BODY.length));
        assertThat(exact.handle(BODY, headers(signature(BODY), null)))
                .isEqualTo(WebhookResponse.RECEIVED);
        WebhookDispatcher smaller =
                recording(WebhookDispatcher.builder(SECRET).maxBodyBytes(BODY.length - 1));
        assertThat(smaller.handle(BODY, headers(signature(BODY), "identity")).status())
                .isEqualTo(413);
        assertThat(rejected).containsExactly(Reason.BODY_TOO_LARGE);
    }

    @Test
    void gzippedBytesAreDecodedAndTheDecodedSizeIsLimited() {
        byte[] compressed = gzip(BODY);
        assertThat(dispatcher.handle(compressed, headers(signature(BODY), "gzip")))
                .isEqualTo(WebhookResponse.RECEIVED);
        WebhookDispatcher small =
                recording(WebhookDispatcher.builder(SECRET).maxBodyBytes(BODY.length - 1));
        assertThat(compressed.length).isLessThan(BODY.length - 1);
        assertThat(small.handle(compressed, headers(signature(BODY), "gzip")).status())
                .isEqualTo(413);
        assertThat(rejected).containsExactly(Reason.BODY_TOO_LARGE);
    }

    @Test
    void bytesWithAnUnsupportedEncodingAre415() {
        assertThat(dispatcher.handle(BODY, headers(signature(BODY), "br")).status())
                .isEqualTo(415);
    }

    @Test
    void streamsOfAnySizeUpToTheLimitReadCompletely() {
        for (int size : new int[] {0, 1, 511, 512, 513, 4096, 70_000}) {
            byte[] bytes = new byte[size];
            Arrays.fill(bytes, (byte) 'x');
            InputStream trickle =
                    new ByteArrayInputStream(bytes) {
                        @Override
                        public synchronized int read(byte[] b, int off, int len) {
                            return super.read(b, off, Math.min(len, 700));
                        }

                        @Override
                        public synchronized int available() {
                            return 0;
                        }
                    };
            byte[] read =
                    dev.billhook.webhook.internal.BoundedBody.read(trickle, null, 70_000);
            assertThat(read).as("size %d", size).isEqualTo(bytes);
        }
    }

    @Test
    void streamedBodyVerifiesLikeBytes() {
        WebhookResponse response =
                dispatcher.handle(new ByteArrayInputStream(BODY), headers(signature(BODY), null));
        assertThat(response).isEqualTo(WebhookResponse.RECEIVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "GZIP", " gzip ", "x-gzip"})
    void gzipBodyIsVerifiedOverTheDecodedJson(String encoding) {
        WebhookResponse response =
                dispatcher.handle(gzip(BODY), headers(signature(BODY), encoding));
        assertThat(response).isEqualTo(WebhookResponse.RECEIVED);
    }

    @Test
    void gzipBodySignedOverItsCompressedBytesDoesNotVerify() {
        byte[] compressed = gzip(BODY);
        assertThat(dispatcher.handle(compressed, headers(signature(compressed), "gzip")))
                .isEqualTo(WebhookResponse.INVALID_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", "IDENTITY", ""})
    void identityOrEmptyEncodingIsTheBodyAsIs(String encoding) {
        assertThat(dispatcher.handle(BODY, headers(signature(BODY), encoding)))
                .isEqualTo(WebhookResponse.RECEIVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"br", "deflate", "compress", "zstd", "gzip, gzip", "gzip;q=1"})
    void otherEncodingsAre415(String encoding) {
        assertThat(dispatcher.handle(BODY, headers(signature(BODY), encoding)))
                .isEqualTo(WebhookResponse.UNSUPPORTED_ENCODING);
        assertThat(rejected).containsExactly(Reason.UNSUPPORTED_ENCODING);
    }

    @Test
    void bodyOfExactlyTheLimitIsAcceptedAndOneMoreByteIs413() {
        WebhookDispatcher small =
                recording(WebhookDispatcher.builder(SECRET).maxBodyBytes(BODY.length));
        assertThat(small.handle(BODY, headers(signature(BODY), null)))
                .isEqualTo(WebhookResponse.RECEIVED);
        byte[] longer = Arrays.copyOf(BODY, BODY.length + 1);
        longer[BODY.length] = ' ';
        assertThat(small.handle(longer, headers(signature(longer), null)))
                .isEqualTo(WebhookResponse.PAYLOAD_TOO_LARGE);
        assertThat(rejected).containsExactly(Reason.BODY_TOO_LARGE);
    }

    @Test
    void limitIsCountedOnBytesReadWhateverContentLengthSays() {
        Map<String, String> map = new HashMap<>();
        map.put("X-Commet-Signature", signature(BODY));
        map.put("Content-Length", "10");
        WebhookDispatcher small = recording(WebhookDispatcher.builder(SECRET).maxBodyBytes(100));
        assertThat(small.handle(BODY, HeaderLookup.of(map)))
                .isEqualTo(WebhookResponse.PAYLOAD_TOO_LARGE);
        map.put("Content-Length", "999999999");
        assertThat(dispatcher.handle(BODY, HeaderLookup.of(map)))
                .isEqualTo(WebhookResponse.RECEIVED);
    }

    @Test
    void oversizedStreamIsNotReadPastTheLimit() {
        CountingZeros endless = new CountingZeros();
        WebhookDispatcher small = recording(WebhookDispatcher.builder(SECRET).maxBodyBytes(1000));
        assertThat(small.handle(endless, headers(signature(BODY), null)))
                .isEqualTo(WebhookResponse.PAYLOAD_TOO_LARGE);
        assertThat(endless.served).isEqualTo(1001);
    }

    @Test
    void gzipBombIs413NotAnOutOfMemoryError() {
        // 64 MiB of zeros compress to about 64 KiB: small on the wire, far over the limit decoded.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(bomb.size()).isLessThan(WebhookDispatcher.DEFAULT_MAX_BODY_BYTES);
        assertThat(dispatcher.handle(bomb.toByteArray(), headers(signature(BODY), "gzip")))
                .isEqualTo(WebhookResponse.PAYLOAD_TOO_LARGE);
        assertThat(rejected).containsExactly(Reason.BODY_TOO_LARGE);
    }

    @Test
    void gzipBodyOverTheLimitOnTheWireIs413() {
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random); // incompressible
        WebhookDispatcher small = recording(WebhookDispatcher.builder(SECRET).maxBodyBytes(4096));
        assertThat(small.handle(gzip(random), headers(signature(random), "gzip")))
                .isEqualTo(WebhookResponse.PAYLOAD_TOO_LARGE);
    }

    @Test
    void trailingDataAfterTheGzipMemberCountsTowardsTheLimit() {
        byte[] compressed = gzip(BODY);
        byte[] padded = Arrays.copyOf(compressed, 10_000); // zeros after the member
        WebhookDispatcher small = recording(WebhookDispatcher.builder(SECRET).maxBodyBytes(5_000));
        assertThat(small.handle(padded, headers(signature(BODY), "gzip")))
                .isEqualTo(WebhookResponse.PAYLOAD_TOO_LARGE);
    }

    @Test
    void corruptOrTruncatedGzipIs400() {
        byte[] compressed = gzip(BODY);
        byte[] truncated = Arrays.copyOf(compressed, compressed.length / 2);
        assertThat(dispatcher.handle(truncated, headers(signature(BODY), "gzip")))
                .isEqualTo(WebhookResponse.INVALID_PAYLOAD);
        assertThat(dispatcher.handle(BODY, headers(signature(BODY), "gzip")))
                .isEqualTo(WebhookResponse.INVALID_PAYLOAD);
        assertThat(rejected).containsExactly(Reason.UNREADABLE_BODY, Reason.UNREADABLE_BODY);
    }

    @Test
    void failingStreamIs400AndTheCauseIsKept() {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        WebhookDispatcher d =
                WebhookDispatcher.builder(SECRET)
                        .onError((error, event) -> errors.add(error))
                        .build();
        InputStream broken =
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                };
        assertThat(d.handle(broken, headers(signature(BODY), null)))
                .isEqualTo(WebhookResponse.INVALID_PAYLOAD);
        assertThat(errors)
                .singleElement()
                .satisfies(e -> assertThat(e.getCause()).hasMessage("connection reset"));
    }

    @Test
    void callersStreamIsNotClosed() {
        boolean[] closed = {false};
        InputStream in =
                new ByteArrayInputStream(gzip(BODY)) {
                    @Override
                    public void close() {
                        closed[0] = true;
                    }
                };
        assertThat(dispatcher.handle(in, headers(signature(BODY), "gzip")))
                .isEqualTo(WebhookResponse.RECEIVED);
        assertThat(closed[0]).isFalse();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An endless stream of zeros that counts how many bytes it served. */
    private static final class CountingZeros extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0);
            served += len;
            return len;
        }
    }
}
