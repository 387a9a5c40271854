package dev.billhook.server.delivery;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Classifies addresses a webhook must not be sent to outside dev mode: anything that is not a
 * globally routable unicast address. Works on the raw bytes, so IPv4 addresses smuggled inside
 * IPv6 (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, NAT64
 * {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) are judged by the IPv4 address they carry.
 *
 * <p>Implementation note: the ranges are the IANA special-purpose registries (RFC 6890 and its
 * updates) minus the ones that are globally reachable; documentation and benchmarking ranges
 * are refused too, since nothing legitimate listens there.
 */
final class NonPublicAddresses {
    private NonPublicAddresses() {}

    /** Why {@code address} is not a public unicast address (e.g. "a loopback address"), or empty if it is. */
    static Optional<String> reason(InetAddress address) {
        byte[] b = address.getAddress();
        return Optional.ofNullable(b.length == 4 ? ipv4(b, 0) : ipv6(b));
    }

    private static String ipv4(byte[] bytes, int offset) {
        int a = bytes[offset] & 0xff;
        int b = bytes[offset + 1] & 0xff;
        int c = bytes[offset + 2] & 0xff;
        if (a == 0) return "an unspecified (0.0.0.0/8) address";
        if (a == 127) return "a loopback address";
        if (a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168)) return "a private address";
        if (a == 169 && b == 254) return "a link-local address";
        if (a == 100 && (b & 0xc0) == 64) return "a shared (carrier-grade NAT) address";
        if (a == 192 && b == 0 && c == 0) return "an IETF protocol address";
        if ((a == 192 && b == 0 && c == 2) || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113)) {
            return "a documentation address";
        }
        if (a == 198 && (b & 0xfe) == 18) return "a benchmarking address";
        if (a >= 224 && a <= 239) return "a multicast address";
        if (a >= 240) return "a reserved or broadcast address";
        return null;
    }

    private static String ipv6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (zeros(b, 0, 16)) return "the unspecified address (::)";
        if (zeros(b, 0, 15) && b[15] == 1) return "a loopback address";
        if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) return embedded(b, 12, "IPv4-mapped");
        if (zeros(b, 0, 12)) return embedded(b, 12, "IPv4-compatible");
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return zeros(b, 4, 12) ? embedded(b, 12, "NAT64") : "a local-use NAT64 address";
        }
        if (first == 0x20 && second == 0x02) return embedded(b, 2, "6to4");
        if (first == 0xff) return "a multicast address";
        if (first == 0xfe && (second & 0xc0) == 0x80) return "a link-local address";
        if (first == 0xfe && (second & 0xc0) == 0xc0) return "a site-local address";
        if ((first & 0xfe) == 0xfc) return "a unique-local address";
        if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return "a documentation address";
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) return "a Teredo tunnel address";
        if (first == 0x01 && zeros(b, 1, 8)) return "a discard-only address";
        return null;
    }

    private static String embedded(byte[] b, int offset, String form) {
        String inner = ipv4(b, offset);
        return inner == null ? null : "an " + form + " form of " + inner;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) return false;
        }
        return true;
    }

    /** For tests and messages: the textual form without a host name. */
    static String text(InetAddress address) {
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
