package id.timpora.report;

import id.timpora.account.CurrentUser;
import id.timpora.agency.JurisdictionService;
import org.springframework.stereotype.Component;

/** The report scope of a signed-in user: their agency's jurisdiction, read fresh on every request. */
@Component
public class ReportScopes {

    private final JurisdictionService jurisdictions;

    ReportScopes(JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    public ReportScope of(CurrentUser user) {
        return ReportScope.of(jurisdictions.ofAgency(user.agencyId()));
    }
}
