package id.timpora.infrastructure.web;

import java.util.Locale;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page. Helpers are model attributes rather than {@code @bean} references
 * because Thymeleaf forbids bean access inside link attributes.
 */
@ControllerAdvice
class GlobalModel {

    private final CurrentUrl currentUrl;
    private final UserZone userZone;

    GlobalModel(CurrentUrl currentUrl, UserZone userZone) {
        this.currentUrl = currentUrl;
        this.userZone = userZone;
    }

    @ModelAttribute("currentLanguage")
    String currentLanguage(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "id";
    }

    @ModelAttribute("urls")
    CurrentUrl urls() {
        return currentUrl;
    }

    @ModelAttribute("times")
    UserZone times() {
        return userZone;
    }

    /**
     * The same attributes for the views of exception handlers, whose model the {@code @ModelAttribute} methods above
     * never fill: without them the layout of the 404 and 409 pages fails to render.
     */
    void addTo(Model model, Locale locale) {
        model.addAttribute("currentLanguage", currentLanguage(locale));
        model.addAttribute("urls", urls());
        model.addAttribute("times", times());
    }
}
