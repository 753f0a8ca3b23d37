package id.timpora.intake.web;

import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.security.IpAddresses;
import id.timpora.intake.IntakeRefused;
import id.timpora.intake.PublicIntake;
import id.timpora.intake.SubmissionLog;
import id.timpora.intake.SubmissionReason;
import id.timpora.region.RegionService;
import id.timpora.report.Activity;
import id.timpora.report.Countries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages, open to anyone with no account: the report form ({@code /lapor}), the page that shows the tracking
 * code once ({@code /lapor/terkirim}) and the status look-up ({@code /lapor/status}). Every send passes, in this order,
 * the per-node flood limit, the honeypot, the question, the form's checks and the service's (content, limits, the same
 * report twice); a refusal at any step saves nothing.
 */
@Controller
@RequestMapping("/lapor")
class PublicReportController {

    private static final Logger log = LoggerFactory.getLogger(PublicReportController.class);
    private static final String FORM = "intake/form";
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");
    static final String CODE = "trackingCode";

    private final PublicIntake intake;
    private final AttemptLimiter attempts;
    private final RegionService regions;
    private final Countries countries;
    private final Clock clock;
    private final SubmissionLog submissions;

    PublicReportController(
            PublicIntake intake,
            AttemptLimiter attempts,
            RegionService regions,
            Countries countries,
            Clock clock,
            SubmissionLog submissions) {
        this.submissions = submissions;
        this.intake = intake;
        this.attempts = attempts;
        this.regions = regions;
        this.countries = countries;
        this.clock = clock;
    }

    @GetMapping
    String form(HttpSession session, Model model, Locale locale) {
        return show(PublicReportForm.of(clock.instant().atZone(DEFAULT_ZONE)), session, model, locale);
    }

    @PostMapping
    String send(
            @Valid @ModelAttribute("form") PublicReportForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        String client = IpAddresses.clientKey(request.getRemoteAddr());
        int attempt = attempts.attempt("send:" + client);
        if (attempt > intake.policy().attemptsPerClient()) {
            if (attempt == intake.policy().attemptsPerClient() + 1) {
                // once per client and window: a flood cannot fill the table
                log.warn("Public report refused: client {} sent too often", client);
                submissions.refused(client, SubmissionReason.FLOOD, form.getRegionCode());
            }
            return limited(response);
        }
        if (form.honeypotFilled()) {
            log.warn("Public report refused: honeypot filled by client {}", client);
            submissions.refused(client, SubmissionReason.HONEYPOT, form.getRegionCode());
            result.reject("intake.error.refused");
            return show(form, session, model, locale);
        }
        SubmissionReason challengeFailure = null;
        switch (FormChallenges.check(
                session,
                form.getChallengeId(),
                form.getAnswer(),
                clock.instant(),
                intake.policy().minFillTime(),
                intake.policy().challengeLifetime())) {
            case PASSED -> {}
            case WRONG -> {
                result.rejectValue("answer", "intake.error.answer");
                challengeFailure = SubmissionReason.WRONG_ANSWER;
            }
            case TOO_FAST -> {
                result.reject("intake.error.tooFast");
                challengeFailure = SubmissionReason.TOO_FAST;
            }
            case UNKNOWN -> {
                result.reject("intake.error.formExpired");
                challengeFailure = SubmissionReason.FORM_EXPIRED;
            }
        }
        if (form.chosenPhotos().size() > intake.policy().maxPhotos()) {
            result.rejectValue(
                    "photos",
                    "intake.error.photoCount",
                    new Object[] {intake.policy().maxPhotos()},
                    null);
        }
        PublicIntake.Submission submission =
                form.chosenPhotos().size() > intake.policy().maxPhotos()
                        ? null
                        : form.toSubmission(zoneOf(form.getRegionCode()));
        if (submission != null) {
            InvalidInput.collect(result, () -> intake.validate(submission));
        }
        if (!result.hasErrors() && submission != null) {
            try {
                PublicIntake.Receipt receipt = intake.submit(submission, client);
                redirect.addFlashAttribute(CODE, receipt.trackingCode());
                return "redirect:/lapor/terkirim";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (IntakeRefused refused) {
                submissions.refused(
                        client,
                        refused.reason() == IntakeRefused.Reason.GLOBAL_LIMIT
                                ? SubmissionReason.GLOBAL_LIMIT
                                : SubmissionReason.CLIENT_LIMIT,
                        form.getRegionCode());
                return limited(response);
            }
        }
        boolean duplicate =
                result.getGlobalErrors().stream().anyMatch(error -> "intake.error.duplicate".equals(error.getCode()));
        submissions.refused(
                client,
                challengeFailure != null
                        ? challengeFailure
                        : duplicate ? SubmissionReason.DUPLICATE : SubmissionReason.INVALID,
                form.getRegionCode());
        model.addAttribute("photosAgain", !form.chosenPhotos().isEmpty());
        return show(form, session, model, locale);
    }

    /** The tracking code, shown once: it travels in the flash and is gone on the next request. */
    @GetMapping("/terkirim")
    String sent(Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("code", model.getAttribute(CODE));
        return "intake/sent";
    }

    @GetMapping("/status")
    String statusForm() {
        return "intake/status";
    }

    /** The code travels in the body, never in a URL that browsers, proxies and logs keep. */
    @PostMapping("/status")
    String status(
            @RequestParam(name = "code", defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        String client = IpAddresses.clientKey(request.getRemoteAddr());
        if (!attempts.tryAttempt("status:" + client)) {
            return limited(response);
        }
        model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
        Optional<PublicIntake.PublicStatus> status = intake.status(code);
        model.addAttribute("checked", true);
        model.addAttribute("status", status.orElse(null));
        return "intake/status";
    }

    private String limited(HttpServletResponse response) {
        response.setStatus(429);
        response.setHeader("Retry-After", "3600");
        return "intake/limited";
    }

    private String show(PublicReportForm form, HttpSession session, Model model, Locale locale) {
        FormChallenges.Challenge challenge = FormChallenges.issue(session, clock.instant());
        form.setChallengeId(challenge.id());
        form.setAnswer(null);
        form.setWebsite(null);
        model.addAttribute("form", form);
        model.addAttribute("challenge", challenge);
        model.addAttribute("activities", Activity.values());
        model.addAttribute("countryOptions", countries.all(locale));
        model.addAttribute("maxPhotos", intake.policy().maxPhotos());
        model.addAttribute("maxPhotoMegabytes", intake.policy().maxPhotoBytes() / (1024 * 1024));
        return FORM;
    }

    private ZoneId zoneOf(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return DEFAULT_ZONE;
        }
        return regions.timeZoneOf(regionCode.strip()).orElse(DEFAULT_ZONE);
    }
}
