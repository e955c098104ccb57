package org.casemark.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;

/**
 * What kind of address a callback would reach. {@code PUBLIC} is always allowed; {@code LOOPBACK}, {@code PRIVATE}
 * (RFC 1918, shared 100.64/10, IPv6 unique-local) and {@code LINK_LOCAL} (including cloud metadata at
 * 169.254.169.254) only where the operator allows them; the rest never (unspecified, multicast, reserved and
 * documentation ranges). IPv6 addresses that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by
 * the IPv4 address they carry.
 */
public enum AddressKind {
    PUBLIC, LOOPBACK, PRIVATE, LINK_LOCAL, UNSPECIFIED, MULTICAST, RESERVED;

    /** The lowercase name an operator writes ({@code loopback}, {@code private}, {@code link-local}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether an operator may allow this kind at all. */
    public boolean allowable() {
        return this == LOOPBACK || this == PRIVATE || this == LINK_LOCAL;
    }

    public static AddressKind parse(String label) {
        for (AddressKind k : values()) if (k.label().equals(label.strip().toLowerCase(Locale.ROOT))) return k;
        throw new IllegalArgumentException("unknown address kind '" + label + "' (loopback, private, link-local)");
    }

    public static AddressKind of(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return ipv4(b);
        if (a instanceof Inet6Address) return ipv6(b);
        return RESERVED;
    }

    private static AddressKind ipv4(byte[] b) {
        int o0 = b[0] & 0xff, o1 = b[1] & 0xff, o2 = b[2] & 0xff;
        if (o0 == 0) return UNSPECIFIED;
        if (o0 == 127) return LOOPBACK;
        if (o0 == 10 || (o0 == 172 && o1 >= 16 && o1 <= 31) || (o0 == 192 && o1 == 168)
                || (o0 == 100 && o1 >= 64 && o1 <= 127)) return PRIVATE;
        if (o0 == 169 && o1 == 254) return LINK_LOCAL;
        if (o0 >= 224 && o0 <= 239) return MULTICAST;
        if (o0 >= 240) return RESERVED;   // includes 255.255.255.255
        if ((o0 == 192 && o1 == 0 && (o2 == 0 || o2 == 2)) || (o0 == 198 && (o1 == 18 || o1 == 19))
                || (o0 == 198 && o1 == 51 && o2 == 100) || (o0 == 203 && o1 == 0 && o2 == 113)) return RESERVED;
        return PUBLIC;
    }

    private static AddressKind ipv6(byte[] b) {
        boolean zero10 = true;
        for (int i = 0; i < 10; i++) zero10 &= b[i] == 0;
        if (zero10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) return ipv4(slice(b, 12));   // ::ffff:a.b.c.d
        if (zero10 && b[10] == 0 && b[11] == 0) {
            boolean allZero = b[12] == 0 && b[13] == 0 && b[14] == 0;
            if (allZero && b[15] == 0) return UNSPECIFIED;                                              // ::
            if (allZero && b[15] == 1) return LOOPBACK;                                                 // ::1
            return ipv4(slice(b, 12));                                                                  // ::a.b.c.d
        }
        int h0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        if (h0 == 0x0064 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) return ipv4(slice(b, 12));            // 64:ff9b::/96
        if (h0 == 0x2002) return ipv4(slice(b, 2));                                                     // 6to4
        if ((h0 & 0xfe00) == 0xfc00 || (h0 & 0xffc0) == 0xfec0) return PRIVATE;                         // fc00::/7, fec0::/10
        if ((h0 & 0xffc0) == 0xfe80) return LINK_LOCAL;                                                 // fe80::/10
        if ((h0 & 0xff00) == 0xff00) return MULTICAST;
        if (h0 == 0x2001 && (((b[2] & 0xff) << 8) | (b[3] & 0xff)) == 0x0db8) return RESERVED;         // documentation
        if (h0 == 0x0100 && b[2] == 0 && b[3] == 0) return RESERVED;                                    // discard 100::/64
        return PUBLIC;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[]{b[from], b[from + 1], b[from + 2], b[from + 3]};
    }
}
