package id.timpora.report.web;

import id.timpora.account.CurrentUser;
import id.timpora.report.Countries;
import id.timpora.report.mrz.Mrz;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reads typed or scanned MRZ lines for any form that takes a passport ({@code fragments/mrz :: reader}) and answers
 * the htmx fragment with the result field by field. Any signed-in user may ask (reporters, officers, partners): it
 * reads only what the user typed and shows no record, so it is not audited as a view; the MRZ text is personal data
 * and is neither stored nor logged.
 */
@Controller
class MrzController {

    private final MessageSource messages;
    private final Countries countries;
    private final Clock clock;

    MrzController(MessageSource messages, Countries countries, Clock clock) {
        this.messages = messages;
        this.countries = countries;
        this.clock = clock;
    }

    @PostMapping("/paspor/mrz")
    String read(
            @RequestParam(name = "mrz", required = false) String mrz,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model) {
        LocalDate today = LocalDate.now(clock.withZone(user.zone()));
        model.addAttribute("mrz", MrzView.of(Mrz.read(mrz, today), messages, countries, locale));
        return "fragments/mrz :: result";
    }
}
