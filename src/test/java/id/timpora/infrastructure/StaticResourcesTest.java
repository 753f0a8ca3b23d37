package id.timpora.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class StaticResourcesTest extends IntegrationTest {

    private static final Pattern VERSIONED_CSS = Pattern.compile("/css/timpora-[0-9a-f]{32}\\.css");

    @Test
    void ownCssIsLinkedByContentHashAndCachedForAYear() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher css = VERSIONED_CSS.matcher(page);
        assertThat(css.find()).as("a content-hashed stylesheet link").isTrue();

        mvc.perform(get(css.group()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
    }

    @Test
    void theStylesheetsBracesBalanceSoNoRuleIsSwallowedByAnUnclosedBlock() throws Exception {
        String css = new String(
                new ClassPathResource("static/css/timpora.css").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        int depth = 0;
        for (char c : css.replaceAll("(?s)/\\*.*?\\*/", "").toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("nesting depth").isBetween(0, 2);
        }
        assertThat(depth).as("unclosed blocks").isZero();
    }

    @Test
    void webJarsAreServedWithoutTheirVersionInTheLink() throws Exception {
        for (String path : new String[] {
            "/webjars/bootstrap/css/bootstrap.min.css",
            "/webjars/htmx.org/dist/htmx.min.js",
            "/webjars/chart.js/dist/chart.umd.min.js",
            "/webjars/leaflet/dist/leaflet.js"
        }) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
        }
    }

    @Test
    void aPagePathIsNotAStaticFile() throws Exception {
        // Only the static folders are mapped: anything else is a page (here: sign-in needed), never a file lookup.
        mvc.perform(get("/timpora.css")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
    }
}
