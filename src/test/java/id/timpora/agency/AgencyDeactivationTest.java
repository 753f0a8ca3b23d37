package id.timpora.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * A deactivated agency's signed-in users lose access at once (issue #10, item 8): their sessions end, and a request
 * still carrying one is signed out. Before the fix they kept reading meetings until they signed out.
 */
class AgencyDeactivationTest extends IntegrationTest {

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void deactivatingAnAgencyEndsItsUsersSessionsAndSignsOutAnyRequestStillSignedIn() throws Exception {
        long agency = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "51.03");
        String member = accounts.create("REPORTER", agency);
        String admin = accounts.create("ADMIN");
        signedInElsewhere(sessions, member);
        assertThat(sessions.findByPrincipalName(member)).hasSize(1);
        mvc.perform(get("/rapat").with(accounts.as(member))).andExpect(status().isOk());

        mvc.perform(post("/admin/instansi/" + agency + "/nonaktifkan")
                        .with(accounts.as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(sessions.findByPrincipalName(member)).isEmpty();
        mvc.perform(get("/rapat").with(accounts.as(member))).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/").with(accounts.as(member))).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/admin/instansi").with(accounts.as(admin))).andExpect(status().isOk());
    }

    /** A session of the user in the session store, as a browser signed in on another node would have. */
    private static <S extends Session> void signedInElsewhere(FindByIndexNameSessionRepository<S> store, String user) {
        S session = store.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user);
        store.save(session);
    }
}
