package id.timpora.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.PermitType;
import id.timpora.report.ReportFilter;
import id.timpora.report.ReportListLink;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** Links built elsewhere (the dashboard) speak the list's own query parameters: the list shows what they promise. */
class ReportListLinkTest {

    @Test
    void everyFilterOfALinkBindsBackToTheListsFilterForm() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        String href = ReportListLink.all()
                .region("61.06")
                .status(ReportStatus.BARU)
                .nationality("CN")
                .activity(Activity.BEKERJA)
                .indication(Indication.OVERSTAY)
                .permit(PermitType.ITAS)
                .source(ReportSource.APOA)
                .observedBetween(from, to)
                .href("/app");

        assertThat(href)
                .isEqualTo("/app/laporan?wilayah=61.06&status=BARU&nationality=CN&activity=BEKERJA"
                        + "&indication=OVERSTAY&permit=ITAS&source=APOA&from=2026-01-01&to=2026-03-31");
        assertThat(bound(href))
                .isEqualTo(new ReportFilter(
                        ReportStatus.BARU,
                        from,
                        to,
                        "61.06",
                        "CN",
                        Activity.BEKERJA,
                        Indication.OVERSTAY,
                        PermitType.ITAS,
                        ReportSource.APOA,
                        null,
                        null));
    }

    @Test
    void unsetValuesLeaveTheirFilterOut() {
        assertThat(ReportListLink.all()
                        .region(null)
                        .status(ReportStatus.TINDAK_LANJUT)
                        .href(""))
                .isEqualTo("/laporan?status=TINDAK_LANJUT");
        assertThat(ReportListLink.all().href("")).isEqualTo("/laporan");
        assertThat(bound("/laporan")).isEqualTo(ReportFilter.none());
    }

    /** The filter the list reads from a request for this link, bound as Spring MVC binds it. */
    private static ReportFilter bound(String href) {
        UriComponents uri = UriComponentsBuilder.fromUriString(href).build();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri.getPath());
        uri.getQueryParams().forEach((name, values) -> request.addParameter(name, values.toArray(String[]::new)));
        ReportFilterForm form = new ReportFilterForm();
        ServletRequestDataBinder binder = new ServletRequestDataBinder(form);
        binder.setConversionService(new DefaultFormattingConversionService());
        binder.bind(request);
        assertThat(binder.getBindingResult().getAllErrors()).isEmpty();
        return form.toFilter();
    }
}
