package id.timpora.watch;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.Jurisdiction;
import id.timpora.agency.JurisdictionService;
import id.timpora.infrastructure.persistence.SqlFragment;
import org.springframework.stereotype.Component;

/**
 * Who sees and who defines watch periods. A user sees a watch when their agency's jurisdiction intersects the watch's
 * regions (a region of one lies inside a region of the other); a national user (or an administrator without agency)
 * sees every watch. Officers and administrators define watches inside their jurisdiction and change those whose every
 * region lies inside it; reporters only read them. Seeing a watch is not seeing its reports: the figures always come
 * from the viewer's report scope, so an administrator sees the watch but no report data.
 */
@Component
public class WatchReach {

    private final JurisdictionService jurisdictions;

    WatchReach(JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    public Jurisdiction of(CurrentUser user) {
        if (user.hasRole(Role.ADMIN) && user.agencyId() == null) {
            return Jurisdiction.everything();
        }
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.OFFICER) && !user.hasRole(Role.REPORTER)) {
            return Jurisdiction.nothing(); // any other role (partners) sees no watch
        }
        return jurisdictions.ofAgency(user.agencyId());
    }

    public boolean mayDefine(CurrentUser user) {
        return (user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN)) && !of(user).isEmpty();
    }

    /** The condition over a watch_period alias: one of its regions intersects the reach. */
    static SqlFragment visible(Jurisdiction reach, String alias) {
        if (reach.national()) {
            return SqlFragment.of("(true)");
        }
        if (reach.isEmpty()) {
            return SqlFragment.of("(false)");
        }
        return SqlFragment.of(
                "(exists (select 1 from watch_period_region vr, unnest(:reach::varchar[]) j(code)"
                        + " where vr.watch_id = " + alias + ".id and (vr.region_code = j.code"
                        + " or vr.region_code like j.code || '.%' or j.code like vr.region_code || '.%')))",
                "reach",
                reach.regionCodes().stream().sorted().toArray(String[]::new));
    }
}
