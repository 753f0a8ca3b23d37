package id.timpora.subject.web;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.report.Countries;
import id.timpora.subject.SubjectDetails;
import id.timpora.subject.SubjectFilter;
import id.timpora.subject.SubjectMatches;
import id.timpora.subject.SubjectMatching;
import id.timpora.subject.SubjectQueries;
import id.timpora.subject.SubjectRegistry;
import id.timpora.subject.SubjectSuggestion;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The foreign-national registry: the list, a subject's page with its sightings, and merging two subjects. */
@Controller
@RequestMapping("/orang-asing")
@PreAuthorize("hasAnyRole('REPORTER', 'OFFICER')")
class SubjectController {

    /** Flash attributes of a merge whose number could not be read: the message key and what was typed. */
    static final String MERGE_ERROR = "mergeError";

    static final String MERGE_TYPED = "mergeTyped";

    private static final int PAGE_SIZE = 25;
    private static final int TIMELINE_PAGE_SIZE = 50;

    static final String PASSPORT_FORM = "passportForm";

    private final SubjectQueries queries;
    private final SubjectRegistry registry;
    private final SubjectMatching matching;
    private final Countries countries;
    private final AuditLog audit;

    SubjectController(
            SubjectQueries queries,
            SubjectRegistry registry,
            SubjectMatching matching,
            Countries countries,
            AuditLog audit) {
        this.queries = queries;
        this.registry = registry;
        this.matching = matching;
        this.countries = countries;
        this.audit = audit;
    }

    /** Country names in the templates: {@code ${countries.name(code, #locale)}}. */
    @ModelAttribute("countries")
    Countries countries() {
        return countries;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String nationality,
            @RequestParam(defaultValue = "false") boolean overstay,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model) {
        SubjectFilter filter = new SubjectFilter(q, nationality, overstay);
        model.addAttribute("filter", filter);
        model.addAttribute("countryOptions", countries.all(locale));
        model.addAttribute("subjects", queries.list(filter, user, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "subject/list";
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model) {
        SubjectDetails subject = queries.details(id, user);
        model.addAttribute("subject", subject);
        SubjectMatches matches = queries.matches(subject, user);
        model.addAttribute("matches", matches);
        matches.judgements().stream()
                .filter(SubjectMatches.Judgement::otherVisible)
                .forEach(judged -> audit.record(
                        AuditAction.VIEW, SubjectRegistry.SUBJECT, judged.otherId(), "judged pair on subject " + id));
        if (!model.containsAttribute(PASSPORT_FORM)) {
            model.addAttribute(PASSPORT_FORM, PassportForm.of(subject.nationality()));
        }
        model.addAttribute("countryOptions", countries.all(locale));
        model.addAttribute(
                "sightings", queries.sightings(subject, user, PageRequest.of(Math.max(0, page), TIMELINE_PAGE_SIZE)));
        audit.record(AuditAction.VIEW, SubjectRegistry.SUBJECT, id, null);
        return "subject/show";
    }

    /** Other subjects that may be the same person: loaded into the subject page by htmx, for officers who merge. */
    @GetMapping("/{id}/kemungkinan-sama")
    @PreAuthorize("hasRole('OFFICER')")
    String mergeCandidates(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        List<SubjectSuggestion> duplicates = queries.duplicateCandidates(id, user);
        duplicates.forEach(other -> audit.record(
                AuditAction.VIEW, SubjectRegistry.SUBJECT, other.id(), "merge candidate on subject " + id));
        model.addAttribute("subjectId", id);
        model.addAttribute("duplicates", duplicates);
        return "subject/merge-candidates :: candidates";
    }

    @PostMapping("/{id}/gabung")
    @PreAuthorize("hasRole('OFFICER')")
    String merge(
            @PathVariable long id,
            @RequestParam(required = false) String otherId,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String typed = otherId == null ? "" : otherId.strip();
        if (!typed.matches("\\d{1,18}")) {
            // The page again, with what was typed and the message beside the field.
            model.addAttribute(MERGE_ERROR, typed.isEmpty() ? "subject.error.mergeMissing" : "typeMismatch.long");
            model.addAttribute(MERGE_TYPED, typed.length() > 40 ? typed.substring(0, 40) : typed);
            return show(id, 0, user, locale, model);
        }
        try {
            registry.merge(id, Long.parseLong(typed), user);
            Flash.success(redirect, "subject.merged", typed);
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
        }
        return "redirect:/orang-asing/" + id;
    }

    /** An officer links a further passport (a renewal) to the person; a refusal shows the page with the form again. */
    @PostMapping("/{id}/paspor")
    @PreAuthorize("hasRole('OFFICER')")
    String addPassport(
            @PathVariable long id,
            @ModelAttribute(PASSPORT_FORM) PassportForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        InvalidInput.collect(result, () -> matching.checkPassport(form.toData()));
        if (!result.hasErrors()) {
            try {
                matching.addPassport(id, form.toData(), user);
                Flash.success(redirect, "subject.passport.added");
                return "redirect:/orang-asing/" + id + "#passports";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return show(id, 0, user, locale, model);
    }
}
