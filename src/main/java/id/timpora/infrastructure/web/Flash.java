package id.timpora.infrastructure.web;

import id.timpora.common.InvalidInput;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Flash messages shown once after a redirect; the value is a message key, rendered by the alerts fragment. */
public final class Flash {

    public static final String SUCCESS = "flashSuccess";
    public static final String ERROR = "flashError";
    public static final String ARGUMENTS = "flashArgs";

    private Flash() {}

    public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(SUCCESS, messageKey);
        redirect.addFlashAttribute(ARGUMENTS, arguments);
    }

    public static void error(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(ERROR, messageKey);
        redirect.addFlashAttribute(ARGUMENTS, arguments);
    }

    /**
     * A refused action on a page without a form: its first problem, with its message arguments, as the error message
     * after the redirect.
     */
    public static void firstProblem(RedirectAttributes redirect, InvalidInput refused) {
        InvalidInput.Problem first = refused.problems().get(0);
        error(redirect, first.messageKey(), first.arguments());
    }
}
