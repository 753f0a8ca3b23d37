package id.timpora.dashboard.web;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AgencyService;
import id.timpora.agency.OrganisationLevel;
import id.timpora.dashboard.AreaCount;
import id.timpora.dashboard.DashboardArea;
import id.timpora.dashboard.DashboardAreas;
import id.timpora.dashboard.DashboardPeriod;
import id.timpora.dashboard.DashboardQueries;
import id.timpora.dashboard.MeetingDigest;
import id.timpora.dashboard.PeriodKind;
import id.timpora.dashboard.SourceCounts;
import id.timpora.intake.PublicReportQueries;
import id.timpora.intake.Triage;
import id.timpora.report.Countries;
import id.timpora.subject.RegisterQueries;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: for reporters and officers the dashboard of their jurisdiction (aggregate counts only, so viewing it
 * is not audited: no person's data is on it), for administrators their starting points.
 */
@Controller
class DashboardController {

    static final int MEETINGS_SHOWN = 5;
    static final int SOURCE_ROWS = 20;

    private final DashboardAreas areas;
    private final DashboardQueries queries;
    private final MeetingDigest meetings;
    private final Countries countries;
    private final Clock clock;
    private final Triage triage;
    private final PublicReportQueries publicReports;
    private final SourceCounts sourceCounts;
    private final AgencyService agencies;

    private final RegisterQueries register;

    DashboardController(
            DashboardAreas areas,
            DashboardQueries queries,
            MeetingDigest meetings,
            Countries countries,
            Clock clock,
            Triage triage,
            PublicReportQueries publicReports,
            SourceCounts sourceCounts,
            AgencyService agencies,
            RegisterQueries register) {
        this.areas = areas;
        this.queries = queries;
        this.meetings = meetings;
        this.countries = countries;
        this.clock = clock;
        this.triage = triage;
        this.publicReports = publicReports;
        this.sourceCounts = sourceCounts;
        this.agencies = agencies;
        this.register = register;
    }

    @GetMapping("/")
    String home(
            @ModelAttribute("filter") DashboardForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "page", defaultValue = "0") int page,
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
        model.addAttribute(
                "villageAccount",
                user.agencyId() != null && agencies.levelOf(user.agencyId()) == OrganisationLevel.DESA);
        // the permit roster's watch (#15 item 4): the viewer's whole scope, today in the viewer's zone
        model.addAttribute("permitWatch", register.watch(user));
        java.time.Instant from = period.from().atStartOfDay(user.zone()).toInstant();
        java.time.Instant to = period.to().plusDays(1).atStartOfDay(user.zone()).toInstant();
        boolean triager = triage.mayTriage(user);
        if (triager) {
            // public reports (#14), apart from the sightings: they are no report until accepted
            model.addAttribute("publicReports", publicReports.tally(triage.scope(user), area.regionCode(), from, to));
        }
        // public and village reports per desa of the kabupaten shown (no desa shapes: a table beside the map)
        model.addAttribute("sourceGrouping", SourceCounts.groupingOf(area));
        model.addAttribute("showPublicCounts", triager);
        model.addAttribute(
                "sourceCounts",
                sourceCounts.of(area, triage.scope(user), from, to, PageRequest.of(Math.max(0, page), SOURCE_ROWS)));
        model.addAttribute("upcomingMeetings", meetings.upcoming(user, area.regionCode(), MEETINGS_SHOWN));
        model.addAttribute("overdueActionItems", meetings.overdueActionItems(user, area.regionCode(), MEETINGS_SHOWN));
        return "dashboard/home";
    }
}
