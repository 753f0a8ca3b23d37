package id.timpora.foreignorg;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AgencyService;
import id.timpora.agency.AgencyType;
import id.timpora.agency.Jurisdiction;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.organisation.OrganisationAccess;
import id.timpora.organisation.OrganisationScope;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Who sees and who works on the foreign organisations register.
 *
 * <ul>
 *   <li>Seeing: the users who manage organisations ({@link OrganisationAccess}: officers, Kesbangpol reporters,
 *       administrators within their reach) see a foreign organisation whose address, or one of whose activities'
 *       regions, lies in (or meets) their jurisdiction. Anyone else, partners included, gets 404.
 *   <li>Recording (local partners, people, activities, report links, journalists' permits): officers and Kesbangpol
 *       reporters. Administrators manage structure and see no personal data: they read the organisation and its
 *       activities, not its people or reports.
 *   <li>The Permendagri 49/2010 checklist: Kesbangpol users and Imigrasi officers whose jurisdiction covers every
 *       region of the activity (Kesbangpol leads, Imigrasi checks the Kemlu recommendation and the stay permits).
 *   <li>The decision (allow, postpone, refuse): Kesbangpol users only, whose jurisdiction covers every region of the
 *       activity; the deciding agency is the decider's own.
 * </ul>
 */
@Component
public class ForeignAccess {

    private final OrganisationAccess organisations;
    private final AgencyService agencies;

    ForeignAccess(OrganisationAccess organisations, AgencyService agencies) {
        this.organisations = organisations;
        this.agencies = agencies;
    }

    public Jurisdiction jurisdiction(CurrentUser user) {
        return organisations.jurisdiction(user);
    }

    /** Officers and Kesbangpol reporters record partners, people, activities and links. */
    public boolean mayRecord(CurrentUser user) {
        return !user.hasRole(Role.ADMIN) && organisations.manages(user);
    }

    /** Sees the people and reports of an organisation (personal data): not administrators. */
    public boolean seesPeople(CurrentUser user) {
        return mayRecord(user);
    }

    public boolean mayCheck(CurrentUser user, Collection<String> activityRegions) {
        if (!mayRecord(user) || user.agencyId() == null) {
            return false;
        }
        AgencyType type = agencies.typeOf(user.agencyId());
        boolean role = type == AgencyType.KESBANGPOL || (type == AgencyType.IMIGRASI && user.hasRole(Role.OFFICER));
        return role && coversAll(user, activityRegions);
    }

    public boolean mayDecide(CurrentUser user, Collection<String> activityRegions) {
        return mayRecord(user)
                && user.agencyId() != null
                && agencies.typeOf(user.agencyId()) == AgencyType.KESBANGPOL
                && coversAll(user, activityRegions);
    }

    private boolean coversAll(CurrentUser user, Collection<String> regions) {
        Jurisdiction jurisdiction = jurisdiction(user);
        return !regions.isEmpty() && regions.stream().allMatch(jurisdiction::covers);
    }

    /** The condition over an activity alias: one of its places meets the user's jurisdiction. */
    public SqlFragment activityVisible(CurrentUser user, String alias) {
        Jurisdiction jurisdiction = jurisdiction(user);
        if (jurisdiction.national()) {
            return SqlFragment.of("(true)");
        }
        if (jurisdiction.isEmpty()) {
            return SqlFragment.of("(false)");
        }
        return SqlFragment.of(
                "(exists (select 1 from foreign_activity_region far, unnest(:activity_reach::varchar[]) j(code)"
                        + " where far.activity_id = " + alias + ".id and (far.region_code = j.code"
                        + " or far.region_code like j.code || '.%' or j.code like far.region_code || '.%')))",
                "activity_reach",
                jurisdiction.regionCodes().stream().sorted().toArray(String[]::new));
    }

    /**
     * The condition over an organisation alias {@code o}: a foreign kind, and its address in the jurisdiction or an
     * activity of it in a region that meets the jurisdiction.
     */
    public SqlFragment visible(CurrentUser user, String alias) {
        Jurisdiction jurisdiction = jurisdiction(user);
        SqlFragment foreign = SqlFragment.of("(" + alias + ".kind in ('LSM_ASING', 'MEDIA_ASING', 'YAYASAN_ASING')");
        if (jurisdiction.national()) {
            return foreign.plus(")");
        }
        if (jurisdiction.isEmpty()) {
            return SqlFragment.of("(false)");
        }
        return foreign.plus(" and (")
                .plus(OrganisationScope.of(jurisdiction).sql(alias))
                .plus(" or exists (select 1 from foreign_activity fa join foreign_activity_region far"
                        + " on far.activity_id = fa.id, unnest(:foreign_reach::varchar[]) j(code)"
                        + " where fa.organisation_id = " + alias + ".id and (far.region_code = j.code"
                        + " or far.region_code like j.code || '.%' or j.code like far.region_code || '.%'))))")
                .with(
                        "foreign_reach",
                        jurisdiction.regionCodes().stream().sorted().toArray(String[]::new));
    }
}
