package id.timpora.notification.web;

import id.timpora.account.CurrentUser;
import id.timpora.infrastructure.web.Flash;
import id.timpora.notification.NotificationQueries;
import id.timpora.notification.NotificationReading;
import id.timpora.notification.NotificationRow;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's notifications: the list, opening one (marks it read and leads to its record), marking read. */
@Controller
@RequestMapping("/notifikasi")
@PreAuthorize("isAuthenticated()")
class NotificationController {

    private static final int PAGE_SIZE = 25;

    /** A notification with its sentence in the reader's language. */
    record Item(NotificationRow row, String text) {}

    private final NotificationQueries queries;
    private final NotificationReading reading;
    private final MessageSource messages;

    NotificationController(NotificationQueries queries, NotificationReading reading, MessageSource messages) {
        this.queries = queries;
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Page<NotificationRow> rows = queries.page(user, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("notifications", rows.map(row -> new Item(row, messages.getMessage(row.text(), locale))));
        return "notification/list";
    }

    @GetMapping("/{id}")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return "redirect:" + reading.open(user, id);
    }

    @PostMapping("/{id}/dibaca")
    String markRead(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        reading.markRead(user, id);
        return "redirect:/notifikasi";
    }

    @PostMapping("/dibaca-semua")
    String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        reading.markAllRead(user);
        Flash.success(redirect, "notification.allRead");
        return "redirect:/notifikasi";
    }
}
