package id.timpora.dashboard.web;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.dashboard.AreaCount;
import id.timpora.dashboard.DashboardArea;
import id.timpora.dashboard.DashboardAreas;
import id.timpora.dashboard.DashboardPeriod;
import id.timpora.dashboard.DashboardQueries;
import id.timpora.dashboard.MeetingDigest;
import id.timpora.dashboard.PeriodKind;
import id.timpora.intake.PublicReportQueries;
import id.timpora.intake.Triage;
import id.timpora.report.Countries;
import id.timpora.subject.RegisterQueries;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The home page: for reporters and officers the dashboard of their jurisdiction (aggregate counts only, so viewing it
 * is not audited: no person's data is on it), for administrators their starting points.
 */
@Controller
class DashboardController {

    static final int MEETINGS_SHOWN = 5;

    private final DashboardAreas areas;
    private final DashboardQueries queries;
    private final MeetingDigest meetings;
    private final Countries countries;
    private final Clock clock;
    private final Triage triage;
    private final PublicReportQueries publicReports;

    private final RegisterQueries register;

    DashboardController(
            DashboardAreas areas,
            DashboardQueries queries,
            MeetingDigest meetings,
            Countries countries,
            Clock clock,
            Triage triage,
            PublicReportQueries publicReports,
            RegisterQueries register) {
        this.areas = areas;
        this.queries = queries;
        this.meetings = meetings;
        this.countries = countries;
        this.clock = clock;
        this.triage = triage;
        this.publicReports = publicReports;
        this.register = register;
    }

    @GetMapping("/")
    String home(
            @ModelAttribute("filter") DashboardForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest request,
            Model model) {
        if (!user.hasRole(Role.REPORTER) && !user.hasRole(Role.OFFICER)) {
            return "dashboard/admin";
        }
        DashboardPeriod period = form.period(clock, user.zone(), errors);
        DashboardArea area = areas.resolve(user, form.getWilayah());
        DashboardLinks links = new DashboardLinks(request.getContextPath(), period);
        model.addAttribute("period", period);
        model.addAttribute("area", area);
        model.addAttribute("areaNames", areas.namesOf(area));
        model.addAttribute("figures", queries.figures(area, period));
        var breakdown = queries.breakdown(areas.childrenOf(area), area, period);
        model.addAttribute("breakdown", breakdown);
        model.addAttribute("ranking", AreaCount.rank(breakdown));
        model.addAttribute("links", links);
        model.addAttribute("periodKinds", PeriodKind.values());
        model.addAttribute("countries", countries);
        model.addAttribute("officer", user.hasRole(Role.OFFICER));
        // the permit roster's watch (#15 item 4): the viewer's whole scope, today in the viewer's zone
        model.addAttribute("permitWatch", register.watch(user));
        if (triage.mayTriage(user)) {
            // public reports (#14), apart from the sightings: they are no report until accepted
            model.addAttribute(
                    "publicReports",
                    publicReports.tally(
                            triage.scope(user),
                            area.regionCode(),
                            period.from().atStartOfDay(user.zone()).toInstant(),
                            period.to().plusDays(1).atStartOfDay(user.zone()).toInstant()));
        }
        model.addAttribute("upcomingMeetings", meetings.upcoming(user, area.regionCode(), MEETINGS_SHOWN));
        model.addAttribute("overdueActionItems", meetings.overdueActionItems(user, area.regionCode(), MEETINGS_SHOWN));
        return "dashboard/home";
    }
}
