package dev.billhook.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NonPublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "127.0.0.1", "127.255.0.9", "10.0.0.1", "172.16.0.1", "172.31.255.255",
            "192.168.0.1", "169.254.169.254", "100.64.0.1", "192.0.0.8", "192.0.2.1", "198.18.0.1", "224.0.0.1",
            "239.255.255.250", "240.0.0.1", "255.255.255.255",
            "::", "::1", "fe80::1", "febf::1", "fec0::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
            "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a00:1", "64:ff9b:1::1", "2002:7f00:1::", "2001:db8::1",
            "2001:0:4136:e378::1", "100::1"})
    void refuses(String literal) throws Exception {
        assertThat(NonPublicAddresses.reason(InetAddress.getByName(literal))).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
            "2a00:1450:4001::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::"})
    void allows(String literal) throws Exception {
        assertThat(NonPublicAddresses.reason(InetAddress.getByName(literal))).as(literal).isEmpty();
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesTo() {
        TargetPolicy policy = new TargetPolicy(false, host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});
        assertThatThrownBy(() -> policy.check("https://mixed.example/hook"))
                .isInstanceOf(TargetPolicy.Refused.class).hasMessageContaining("10.0.0.7").hasMessageContaining("private");
    }

    @Test
    void devModeSkipsTheAddressCheckButNotTheSyntax() throws Exception {
        TargetPolicy dev = new TargetPolicy(true, host -> { throw new AssertionError("dev mode resolves nothing"); });
        assertThat(dev.check("http://localhost:8080/x")).isEqualTo(URI.create("http://localhost:8080/x"));
        assertThatThrownBy(() -> dev.check("file:///etc/passwd")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> dev.check("https://example.com/#frag")).hasMessageContaining("fragment");
        assertThatThrownBy(() -> dev.check("https:///nohost")).hasMessageContaining("host");
    }

    @Test
    void anUnresolvableNameIsRefusedOutsideDevMode() {
        TargetPolicy policy = new TargetPolicy(false, host -> { throw new java.net.UnknownHostException(host); });
        assertThatThrownBy(() -> policy.check("https://nowhere.invalid/")).hasMessageContaining("could not be resolved");
    }
}
