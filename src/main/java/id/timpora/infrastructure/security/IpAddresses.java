package id.timpora.infrastructure.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals and networks, parsed without ever asking DNS (what a client writes into a header must never
 * trigger a lookup). IPv4-mapped IPv6 addresses count as the IPv4 address they carry.
 */
public final class IpAddresses {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private IpAddresses() {}

    /** The address as 4 or 16 bytes; empty for anything that is not an address literal. */
    public static Optional<byte[]> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        if (IPV4.matcher(address).matches()) {
            return Optional.of(ipv4(address));
        }
        if (address.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(address).matches()) {
            return ipv6(address).map(IpAddresses::unmapped);
        }
        return Optional.empty();
    }

    /** The canonical text of an address literal: IPv4 dotted, IPv6 compressed lower case; empty if not one. */
    public static Optional<String> canonical(String text) {
        return parse(text).map(IpAddresses::format);
    }

    /**
     * The unit one client is counted by: an IPv4 address, or the /64 network of an IPv6 address (one subscriber gets
     * a whole /64, so counting single IPv6 addresses would count nothing).
     */
    public static String clientKey(String remoteAddress) {
        return parse(remoteAddress)
                .map(bytes -> {
                    if (bytes.length == 4) {
                        return format(bytes);
                    }
                    byte[] network = Arrays.copyOf(bytes, 16);
                    Arrays.fill(network, 8, 16, (byte) 0);
                    return format(network) + "/64";
                })
                .orElse("unknown");
    }

    static byte[] ipv4(String address) {
        String[] parts = address.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }

    private static Optional<byte[]> ipv6(String address) {
        String text = address.toLowerCase(Locale.ROOT);
        int doubleColon = text.indexOf("::");
        if (doubleColon != text.lastIndexOf("::")) {
            return Optional.empty();
        }
        List<String> head = groups(doubleColon < 0 ? text : text.substring(0, doubleColon));
        List<String> tail = doubleColon < 0 ? List.of() : groups(text.substring(doubleColon + 2));
        if (head == null || tail == null) {
            return Optional.empty();
        }
        // An embedded IPv4 address may only end the whole address.
        List<Integer> headWords = words(head, doubleColon < 0);
        List<Integer> tailWords = words(tail, true);
        if (headWords == null || tailWords == null) {
            return Optional.empty();
        }
        int given = headWords.size() + tailWords.size();
        if (doubleColon < 0 ? given != 8 : given > 7) {
            return Optional.empty();
        }
        byte[] bytes = new byte[16];
        int position = 0;
        for (int word : headWords) {
            bytes[position++] = (byte) (word >> 8);
            bytes[position++] = (byte) word;
        }
        position = 16 - 2 * tailWords.size();
        for (int word : tailWords) {
            bytes[position++] = (byte) (word >> 8);
            bytes[position++] = (byte) word;
        }
        return Optional.of(bytes);
    }

    /** The 16-bit words of some groups; the last may be an embedded IPv4 address if allowed. Null if malformed. */
    private static List<Integer> words(List<String> groups, boolean ipv4AtEnd) {
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            if (group.indexOf('.') >= 0) {
                if (!ipv4AtEnd || i != groups.size() - 1 || !IPV4.matcher(group).matches()) {
                    return null;
                }
                byte[] v4 = ipv4(group);
                words.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
                words.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
            } else if (group.length() <= 4 && group.matches("[0-9a-f]+")) {
                words.add(Integer.parseInt(group, 16));
            } else {
                return null;
            }
        }
        return words;
    }

    /** The groups between single colons; null if a group is empty. */
    private static List<String> groups(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> groups = List.of(text.split(":", -1));
        return groups.stream().anyMatch(String::isEmpty) ? null : groups;
    }

    private static byte[] unmapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return bytes;
            }
        }
        if (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    static String format(byte[] bytes) {
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        // The longest run of two or more zero words becomes "::" (RFC 5952).
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && words[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(words[i]));
        }
        return text.toString();
    }

    /** A network in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) or a single address. */
    public record Network(byte[] address, int prefixLength) {

        public static Network parse(String text) {
            String value = text.strip();
            int slash = value.indexOf('/');
            String address = slash < 0 ? value : value.substring(0, slash);
            byte[] bytes = IpAddresses.parse(address)
                    .orElseThrow(() -> new IllegalArgumentException("not an IP address or network: " + text));
            int bits = bytes.length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
            if (bytes.length == 4 && address.indexOf(':') >= 0 && slash >= 0) {
                prefix -= 96; // ::ffff:10.0.0.0/104 is 10.0.0.0/8
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("bad prefix length: " + text);
            }
            return new Network(bytes, prefix);
        }

        public boolean contains(String address) {
            return IpAddresses.parse(address).map(this::contains).orElse(false);
        }

        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (candidate[full] & mask) == (address[full] & mask);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Network that
                    && that.prefixLength == prefixLength
                    && Arrays.equals(that.address, address);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(address) + prefixLength;
        }

        @Override
        public String toString() {
            return format(address) + "/" + prefixLength;
        }
    }
}
