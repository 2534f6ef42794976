package io.clientele.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No SSRF: webhook URLs that point inward are refused unless the self-hoster allows private addresses. */
class OutboundAddressesTest {
    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8080/hook, PRIVATE",
        "http://localhost/hook, PRIVATE",
        "http://10.1.2.3/, PRIVATE",
        "http://172.16.0.9/, PRIVATE",
        "http://192.168.1.1/, PRIVATE",
        "http://169.254.169.254/latest/meta-data, PRIVATE",
        "http://[::1]/, PRIVATE",
        "http://[fd00::1]/, PRIVATE",
        "http://[fe80::1]/, PRIVATE",
        "http://100.64.0.1/, PRIVATE",
        "http://0.0.0.0/, PRIVATE",
        "http://[::ffff:127.0.0.1]/, PRIVATE",
        "https://93.184.215.14/hook, ALLOWED",
        "https://[2606:4700::1111]/, ALLOWED",
        "ftp://93.184.215.14/, NOT_HTTP",
        "file:///etc/passwd, NOT_HTTP",
        "https://user:pw@93.184.215.14/, NOT_HTTP",
        "not a url, NOT_HTTP"
    })
    void inwardAddressesAreRefused(String url, OutboundAddresses.Verdict verdict) {
        assertThat(OutboundAddresses.check(url, false)).isEqualTo(verdict);
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8080/hook", "http://10.1.2.3/"})
    void anExplicitSettingAllowsPrivateAddresses(String url) {
        assertThat(OutboundAddresses.check(url, true)).isEqualTo(OutboundAddresses.Verdict.ALLOWED);
    }
}
