package id.timpora.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.timpora.infrastructure.security.IpAddresses.Network;
import org.junit.jupiter.api.Test;

/** Addresses come from headers a client may write: parsed strictly, never looked up in DNS. */
class IpAddressesTest {

    @Test
    void literalsAreReadAndWrittenCanonically() {
        assertThat(IpAddresses.canonical("203.0.113.9")).hasValue("203.0.113.9");
        assertThat(IpAddresses.canonical(" 2001:DB8:0:0:0:0:0:1 ")).hasValue("2001:db8::1");
        assertThat(IpAddresses.canonical("0:0:0:0:0:0:0:1")).hasValue("::1");
        assertThat(IpAddresses.canonical("[2001:db8::7]")).hasValue("2001:db8::7");
        assertThat(IpAddresses.canonical("fe80::1%eth0")).hasValue("fe80::1");
        assertThat(IpAddresses.canonical("::ffff:192.0.2.1")).as("IPv4-mapped").hasValue("192.0.2.1");
        assertThat(IpAddresses.canonical("2001:db8:1:0:0:1:0:0")).hasValue("2001:db8:1::1:0:0");
    }

    @Test
    void anythingElseIsNotAnAddressAndNeverALookup() {
        for (String garbage : new String[] {
            "evil.example",
            "localhost",
            "unknown",
            "",
            "1.2.3",
            "256.1.1.1",
            "01.2.3.4",
            "1.2.3.4.5",
            "1::2::3",
            "12345::1",
            "1:2:3:4:5:6:7:8:9",
            "::g",
            "1.2.3.4:80",
            "_gateway",
            "2001:db8::1.2.3"
        }) {
            assertThat(IpAddresses.parse(garbage)).as(garbage).isEmpty();
        }
        assertThat(IpAddresses.parse(null)).isEmpty();
    }

    @Test
    void networksContainTheirAddressesOnly() {
        Network ten = Network.parse("10.0.0.0/8");
        assertThat(ten.contains("10.255.1.2")).isTrue();
        assertThat(ten.contains("11.0.0.1")).isFalse();
        assertThat(ten.contains("::ffff:10.1.1.1")).isTrue();
        assertThat(Network.parse("192.0.2.10").contains("192.0.2.10")).isTrue();
        assertThat(Network.parse("192.0.2.10").contains("192.0.2.11")).isFalse();
        Network v6 = Network.parse("2001:db8:ffff::/48");
        assertThat(v6.contains("2001:db8:ffff:1::7")).isTrue();
        assertThat(v6.contains("2001:db8:fffe::7")).isFalse();
        assertThat(v6.contains("10.0.0.1")).isFalse();
        assertThat(Network.parse("172.16.0.0/12").contains("172.31.255.255")).isTrue();
        assertThat(Network.parse("172.16.0.0/12").contains("172.32.0.0")).isFalse();
        assertThatThrownBy(() -> Network.parse("proxy.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Network.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clientsAreCountedByIpv4AddressOrIpv6Network() {
        assertThat(IpAddresses.clientKey("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(IpAddresses.clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(IpAddresses.clientKey("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(IpAddresses.clientKey("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(IpAddresses.clientKey("nonsense")).isEqualTo("unknown");
    }
}
