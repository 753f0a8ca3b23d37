package id.timpora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.timpora.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route under /admin — found from the application's own mappings, so a new route is covered the day it is
 * added — refuses officers and reporters, for GET and POST alike.
 */
class AdminRoutesAuthorizationTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void officersAndReportersGet403OnEveryAdminRoute() throws Exception {
        long agency = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        String reporter = accounts.create("REPORTER", agency);
        String officer = accounts.create("OFFICER", agency);
        long anyId = accounts.idOf(reporter);
        List<String> checked = new ArrayList<>();

        for (var entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/admin")) {
                    continue;
                }
                var methods = entry.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    String url = pattern.replaceAll("\\{[^}]+}", String.valueOf(anyId));
                    for (String user : List.of(reporter, officer)) {
                        int status = mvc.perform(request(HttpMethod.valueOf(method.name()), url)
                                        .with(accounts.as(user))
                                        .with(csrf()))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                        assertThat(status)
                                .as(method + " " + url + " as " + user)
                                .isEqualTo(403);
                    }
                    checked.add(method + " " + url);
                }
            }
        }
        assertThat(checked)
                .as("routes checked")
                .contains("GET /admin/audit", "GET /admin/instansi", "POST /admin/instansi/baru", "GET /admin/tim")
                .anyMatch(route -> route.startsWith("POST /admin/pengguna/") && route.endsWith("/atur-ulang-sandi"))
                .hasSizeGreaterThan(15);
    }
}
