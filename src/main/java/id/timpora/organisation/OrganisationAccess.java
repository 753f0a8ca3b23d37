package id.timpora.organisation;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AdminScopes;
import id.timpora.agency.AgencyService;
import id.timpora.agency.AgencyType;
import id.timpora.agency.Jurisdiction;
import id.timpora.agency.JurisdictionService;
import org.springframework.stereotype.Component;

/**
 * Who sees and who registers organisations. Officers (of an immigration office) and Kesbangpol reporters see the
 * organisations in their agency's jurisdiction and register them there; administrators within their administrative
 * reach (everything for a national one). Every other user, partners included, sees none.
 */
@Component
public class OrganisationAccess {

    private final JurisdictionService jurisdictions;
    private final AdminScopes adminScopes;
    private final AgencyService agencies;

    OrganisationAccess(JurisdictionService jurisdictions, AdminScopes adminScopes, AgencyService agencies) {
        this.jurisdictions = jurisdictions;
        this.adminScopes = adminScopes;
        this.agencies = agencies;
    }

    /** Whether the user manages organisations at all (sees the list, registers within their reach). */
    public boolean manages(CurrentUser user) {
        if (user == null) {
            return false;
        }
        return switch (user.role()) {
            case ADMIN -> true;
            case OFFICER -> user.agencyId() != null;
            case REPORTER -> user.agencyId() != null && agencies.typeOf(user.agencyId()) == AgencyType.KESBANGPOL;
            case PARTNER -> false;
        };
    }

    /** The organisations the user may see and register: empty for anyone who does not manage them. */
    public OrganisationScope scope(CurrentUser user) {
        return OrganisationScope.of(jurisdiction(user));
    }

    public Jurisdiction jurisdiction(CurrentUser user) {
        if (!manages(user)) {
            return Jurisdiction.nothing();
        }
        if (user.hasRole(Role.ADMIN)) {
            return adminScopes.isNational(user) ? Jurisdiction.everything() : jurisdictions.ofAgency(user.agencyId());
        }
        return jurisdictions.ofAgency(user.agencyId());
    }

    /** Whether an agency may be an organisation's registering agency for a desa: an active Kanim or Kesbangpol covering it. */
    public boolean mayRegisterFor(long agencyId, String regionCode) {
        if (!agencies.isActive(agencyId)) {
            return false;
        }
        AgencyType type = agencies.typeOf(agencyId);
        return (type == AgencyType.IMIGRASI || type == AgencyType.KESBANGPOL)
                && jurisdictions.ofAgency(agencyId).covers(regionCode);
    }
}
