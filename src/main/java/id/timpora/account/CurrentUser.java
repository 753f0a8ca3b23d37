package id.timpora.account;

import id.timpora.agency.AgencyProfile;
import id.timpora.infrastructure.security.UserIdentity;
import java.io.Serial;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as kept in the (database-stored) session: small, serializable and free of entities, so that a
 * session written by one app node can be read by another.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, UserIdentity {

    @Serial
    private static final long serialVersionUID = 1L;

    /** WIB, until the account's agency says otherwise. */
    static final String DEFAULT_ZONE = "Asia/Jakarta";

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long agencyId;
    private final boolean mustChangePassword;
    private final boolean enabled;
    private final boolean locked;
    private final String zoneId;
    private String passwordHash;

    private final String agencyName;

    CurrentUser(Account account, boolean locked, AgencyProfile agency) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.agencyId = account.getAgencyId();
        this.mustChangePassword = account.isMustChangePassword();
        this.enabled = account.isEnabled() && (agency == null || agency.active());
        this.locked = locked;
        this.agencyName = agency == null ? null : agency.name();
        this.zoneId = agency == null ? DEFAULT_ZONE : agency.zoneId();
        this.passwordHash = account.getPasswordHash();
    }

    @Override
    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Long agencyId() {
        return agencyId;
    }

    /** The agency's name, or null for the bootstrap admin who has none. */
    public String agencyName() {
        return agencyName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + "]";
    }
}
