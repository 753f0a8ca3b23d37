package id.timpora.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever a redirect was built from, the browser is sent to the app's own address. */
class RedirectTargetsTest {

    private final ClientAddressFilter published = filter("https://timpora.example.go.id");
    private final ClientAddressFilter unpublished = filter(null);

    @Test
    void relativeTargetsStayAsTheyAre() {
        assertThat(published.safeLocation("/login?error=bad")).isEqualTo("/login?error=bad");
        assertThat(unpublished.safeLocation("laporan/1")).isEqualTo("laporan/1");
        assertThat(unpublished.safeLocation("")).isEqualTo("/");
    }

    @Test
    void thePublicAddressIsKeptAndEveryOtherHostCutToItsPath() {
        assertThat(published.safeLocation("https://timpora.example.go.id/laporan?x=1"))
                .isEqualTo("https://timpora.example.go.id/laporan?x=1");
        assertThat(published.safeLocation("https://TIMPORA.example.go.id:443/a"))
                .isEqualTo("https://TIMPORA.example.go.id:443/a");
        assertThat(published.safeLocation("http://timpora.example.go.id/a"))
                .as("other scheme")
                .isEqualTo("/a");
        assertThat(published.safeLocation("https://timpora.example.go.id:8443/a"))
                .as("other port")
                .isEqualTo("/a");
        assertThat(published.safeLocation("http://evil.example/login?x=1#top")).isEqualTo("/login?x=1#top");
        assertThat(unpublished.safeLocation("https://evil.example")).isEqualTo("/");
    }

    @Test
    void whatBrowsersReadAsAnotherHostIsCutToo() {
        for (ClientAddressFilter filter : List.of(published, unpublished)) {
            assertThat(filter.safeLocation("//evil.example/x")).isEqualTo("/x");
            assertThat(filter.safeLocation("/\\evil.example/x")).isEqualTo("/x");
            assertThat(filter.safeLocation("\\\\evil.example")).isEqualTo("/");
            assertThat(filter.safeLocation("https://evil.example//x")).isEqualTo("/x");
            assertThat(filter.safeLocation("javascript:alert(1)")).isEqualTo("/");
            assertThat(filter.safeLocation(" http://evil.example/y")).isEqualTo("/y");
        }
    }

    private static ClientAddressFilter filter(String publicUrl) {
        return new ClientAddressFilter(new WebProperties(
                publicUrl == null ? null : URI.create(publicUrl),
                new WebProperties.Proxy(List.of()),
                new WebProperties.Session(Duration.ofHours(12))));
    }
}
