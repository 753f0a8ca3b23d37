package id.timpora.partner;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.common.NotFoundException;
import id.timpora.organisation.Organisation;
import id.timpora.organisation.OrganisationAccess;
import id.timpora.organisation.OrganisationQueries;
import org.springframework.stereotype.Component;

/**
 * Which organisation a user may record notices for: a partner their own (active) organisation only; an officer or a
 * Kesbangpol reporter any partner organisation in their jurisdiction, on its behalf. Anything else is "not found".
 */
@Component
public class PartnerAccess {

    private final OrganisationQueries organisations;
    private final OrganisationAccess access;

    PartnerAccess(OrganisationQueries organisations, OrganisationAccess access) {
        this.organisations = organisations;
        this.access = access;
    }

    /** The partner's own organisation; 404 for anyone who is not a partner of one. */
    public Organisation own(CurrentUser user) {
        if (user == null || !user.hasRole(Role.PARTNER)) {
            throw new NotFoundException();
        }
        return organisations.ofPartner(user.id()).orElseThrow(NotFoundException::new);
    }

    /** The organisation the user may record a notice for, by id. */
    public Organisation forNotices(CurrentUser user, long organisationId) {
        Organisation organisation;
        if (user != null && user.hasRole(Role.PARTNER)) {
            organisation = own(user);
            if (organisation.id() != organisationId) {
                throw new NotFoundException();
            }
        } else if (user != null && !user.hasRole(Role.ADMIN) && access.manages(user)) {
            organisation = organisations.find(user, organisationId).orElseThrow(NotFoundException::new);
        } else {
            throw new NotFoundException();
        }
        if (!organisation.kind().partner()) {
            throw new NotFoundException();
        }
        return organisation;
    }
}
