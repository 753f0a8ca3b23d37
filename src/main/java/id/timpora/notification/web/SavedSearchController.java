package id.timpora.notification.web;

import id.timpora.account.CurrentUser;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.notification.SavedSearch;
import id.timpora.notification.SavedSearches;
import id.timpora.report.ReportFilters;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saving, opening, watching and deleting saved searches of the report list. The forms sit on the report list
 * ({@code notification/saved-searches.html}); a refused save goes back to the same list with the name typed and the
 * reason.
 */
@Controller
@RequestMapping("/pencarian-tersimpan")
@PreAuthorize("hasAnyRole('REPORTER', 'OFFICER')")
class SavedSearchController {

    private final SavedSearches searches;

    SavedSearchController(SavedSearches searches) {
        this.searches = searches;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String query,
            @RequestParam(defaultValue = "false") boolean watched,
            RedirectAttributes redirect) {
        try {
            SavedSearch saved = searches.save(user, name, query, watched);
            Flash.success(redirect, "savedSearch.saved", saved.name());
            return "redirect:" + saved.path();
        } catch (InvalidInput refused) {
            Flash.firstProblem(redirect, refused);
            // the list comes back with the name and the watch box as typed, the problem beside the name field
            redirect.addFlashAttribute("savedSearchName", name);
            redirect.addFlashAttribute("savedSearchWatched", watched);
            redirect.addFlashAttribute(
                    "savedSearchProblem", refused.problems().get(0).messageKey());
            redirect.addFlashAttribute(
                    "savedSearchProblemArgs", refused.problems().get(0).arguments());
            String canonical = ReportFilters.canonical(query);
            // a query too long to keep is also too long to send back in an address: the plain list
            SavedSearch unsaved =
                    new SavedSearch(0, "", canonical.length() > SavedSearches.MAX_QUERY ? "" : canonical, false);
            return "redirect:" + unsaved.path();
        }
    }

    @GetMapping("/{id}")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return "redirect:" + searches.find(user, id).path();
    }

    @PostMapping("/{id}/pantau")
    String watch(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean watched,
            RedirectAttributes redirect) {
        searches.watch(user, id, watched);
        SavedSearch search = searches.find(user, id);
        Flash.success(redirect, watched ? "savedSearch.watching" : "savedSearch.notWatching", search.name());
        return "redirect:" + search.path();
    }

    @PostMapping("/{id}/hapus")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        SavedSearch search = searches.find(user, id);
        searches.delete(user, id);
        Flash.success(redirect, "savedSearch.deleted", search.name());
        return "redirect:/laporan";
    }
}
