package id.timpora.report;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.Jurisdiction;
import id.timpora.agency.JurisdictionService;
import org.springframework.stereotype.Component;

/** The report scope of a signed-in user: their agency's jurisdiction, read fresh on every request. */
@Component
public class ReportScopes {

    private final JurisdictionService jurisdictions;

    ReportScopes(JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /**
     * The reports the user may see: those of their agency's jurisdiction, none for an inactive agency. Administrators
     * manage accounts and structure and see no report (nor anything derived from reports), whatever their agency.
     * Partners (#13) see no report either: only their own organisation's notices, in the partner room.
     */
    public ReportScope of(CurrentUser user) {
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.PARTNER)) {
            return ReportScope.of(Jurisdiction.nothing());
        }
        return ReportScope.of(jurisdictions.ofAgency(user.agencyId()));
    }
}
