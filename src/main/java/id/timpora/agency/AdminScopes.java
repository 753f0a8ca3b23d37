package id.timpora.agency;

import id.timpora.infrastructure.security.NationalAdministrators;
import id.timpora.infrastructure.security.UserIdentity;
import org.springframework.stereotype.Component;

/** The admin scope of a signed-in administrator, read fresh on every request from their agency's jurisdiction. */
@Component
public class AdminScopes implements NationalAdministrators {

    private final JurisdictionService jurisdictions;

    AdminScopes(JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** Everything for an administrator without agency or of a national agency, else their agency's jurisdiction. */
    public AdminScope of(UserIdentity user) {
        if (user == null) {
            return AdminScope.of(Jurisdiction.nothing());
        }
        if (user.agencyId() == null) {
            return AdminScope.everything();
        }
        return AdminScope.of(jurisdictions.ofAgency(user.agencyId()));
    }

    @Override
    public boolean isNational(UserIdentity user) {
        return of(user).national();
    }
}
