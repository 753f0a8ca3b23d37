package id.timpora.subject.web;

import id.timpora.account.CurrentUser;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.subject.SubjectMatching;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' matching decisions on a person's page: "not the same person" on a suggested pair, and undoing a merge
 * into this person. ("The same person" is the merge of {@link SubjectController}.) Both answer with the page again.
 */
@Controller
@RequestMapping("/orang-asing/{id}")
@PreAuthorize("hasRole('OFFICER')")
class SubjectMatchController {

    private final SubjectMatching matching;

    SubjectMatchController(SubjectMatching matching) {
        this.matching = matching;
    }

    @PostMapping("/bukan-sama")
    String keepApart(
            @PathVariable long id,
            @RequestParam long otherId,
            @RequestParam(required = false) String note,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            matching.keepApart(id, otherId, note, user);
            Flash.success(redirect, "subject.judgement.keptApart", otherId);
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
        }
        return "redirect:/orang-asing/" + id;
    }

    @PostMapping("/penggabungan/{mergeId}/batalkan")
    String undoMerge(
            @PathVariable long id,
            @PathVariable long mergeId,
            @RequestParam(required = false) Boolean keepApart,
            @RequestParam(name = "_keepApart", required = false) String keepApartShown,
            @RequestParam(required = false) String note,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        // The form's checkbox is sent only when ticked; its hidden marker says the officer saw it. Without either the
        // pair is kept apart: an undo records "not the same person" unless the officer says otherwise.
        boolean apart = keepApart != null ? keepApart : keepApartShown == null;
        try {
            long restored = matching.undoMerge(id, mergeId, apart, note, user);
            Flash.success(redirect, "subject.merge.undone", restored);
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
        }
        return "redirect:/orang-asing/" + id;
    }
}
