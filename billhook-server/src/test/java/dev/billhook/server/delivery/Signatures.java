package dev.billhook.server.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Both signature schemes computed independently of the SDK, to check what the server sends. */
final class Signatures {
    private Signatures() {}

    /** X-Commet-Signature: hex HMAC-SHA256 of the body, keyed by the whole secret string. */
    static String commet(byte[] body, String secret) {
        return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    /** webhook-signature: "v1," + base64 HMAC-SHA256 of "id.timestamp.body", keyed by the decoded secret. */
    static String standard(String id, String timestamp, byte[] body, String secret) {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(body, 0, message, prefix.length, body.length);
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, message));
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
