package id.timpora.organisation;

import id.timpora.account.AccountAdminService;
import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.audit.Changes;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.common.Text;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.infrastructure.persistence.VersionedUpdate;
import id.timpora.region.Region;
import id.timpora.region.RegionCodes;
import id.timpora.region.RegionLevel;
import id.timpora.region.RegionService;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and editing organisations, and creating their partner users (#13). Only a user who manages
 * organisations ({@link OrganisationAccess}) and whose reach covers the organisation's desa may; an organisation outside
 * the reach is "not found". The registering agency is the officer's own (an immigration office or a Kesbangpol); an
 * administrator picks one that covers the desa. Every change is audited.
 */
@Service
public class OrganisationService {

    static final String TARGET = "ORGANISATION";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JdbcClient jdbc;
    private final OrganisationAccess access;
    private final OrganisationQueries queries;
    private final RegionService regions;
    private final AccountAdminService accounts;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationService(
            JdbcClient jdbc,
            OrganisationAccess access,
            OrganisationQueries queries,
            RegionService regions,
            AccountAdminService accounts,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.queries = queries;
        this.regions = regions;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checks create/update make, on their own, so that the form names every problem at once. */
    @Transactional(readOnly = true)
    public void validate(CurrentUser user, OrganisationData data, Long exceptId) {
        problems(user, data, exceptId).throwIfAny();
    }

    @Transactional
    public long create(CurrentUser user, OrganisationData data) {
        requireManager(user);
        problems(user, data, null).throwIfAny();
        Region desa = regions.find(data.regionCode()).orElseThrow();
        long agencyId = registeringAgency(user, data);
        long id;
        try {
            id = SqlFragment.of(
                            """
                            insert into organisation (kind, name, registration_number, country_code, region_code,
                                   province_code, regency_code, district_code, address, contact_name, contact_phone,
                                   contact_email, registered_by_agency_id, registered_by, created_at, updated_at)
                            values (:kind, :name, :registration, :country, :region, :province, :regency, :district,
                                   :address, :contact_name, :contact_phone, :contact_email, :agency, :by, :now, :now)
                            returning id""")
                    .plus(values(data, desa))
                    .with("agency", agencyId)
                    .with("by", user.id())
                    .with("now", Timestamp.from(clock.instant()))
                    .on(jdbc)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException duplicate) {
            throw InvalidInput.of("registrationNumber", "organisation.error.registrationTaken");
        }
        audit.record(
                AuditAction.CREATE, TARGET, id, data.kind() + " " + data.name().trim() + " [" + desa.code() + "]");
        return id;
    }

    @Transactional
    public void update(CurrentUser user, long id, int expectedVersion, OrganisationData data) {
        requireManager(user);
        Organisation before = queries.find(user, id).orElseThrow(NotFoundException::new);
        OrganisationData input = new OrganisationData(
                data.kind(),
                data.name(),
                data.registrationNumber(),
                data.countryCode(),
                data.regionCode(),
                data.address(),
                data.contactName(),
                data.contactPhone(),
                data.contactEmail(),
                before.registeredByAgencyId());
        problems(user, input, id).throwIfAny();
        Region desa = regions.find(input.regionCode()).orElseThrow();
        try {
            VersionedUpdate.apply(
                    jdbc,
                    SqlFragment.of(
                                    """
                                    update organisation set kind = :kind, name = :name,
                                           registration_number = :registration, country_code = :country,
                                           region_code = :region, province_code = :province, regency_code = :regency,
                                           district_code = :district, address = :address, contact_name = :contact_name,
                                           contact_phone = :contact_phone, contact_email = :contact_email,
                                           updated_at = :now, version = version + 1
                                     where id = :id and version = :version""")
                            .plus(values(input, desa))
                            .with("now", Timestamp.from(clock.instant()))
                            .with("id", id)
                            .with("version", expectedVersion));
        } catch (DuplicateKeyException duplicate) {
            throw InvalidInput.of("registrationNumber", "organisation.error.registrationTaken");
        }
        Changes changes = new Changes()
                .field("kind", before.kind(), input.kind())
                .field("name", before.name(), Text.blankToNull(input.name()))
                .field("registrationNumber", before.registrationNumber(), Text.blankToNull(input.registrationNumber()))
                .field("region", before.regionCode(), input.regionCode())
                .field("address", before.address(), Text.blankToNull(input.address()))
                .field("contact", before.contactName(), Text.blankToNull(input.contactName()));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, TARGET, id, changes.toString());
        }
    }

    @Transactional
    public void setActive(CurrentUser user, long id, boolean active) {
        requireManager(user);
        queries.find(user, id).orElseThrow(NotFoundException::new);
        int changed = jdbc.sql("update organisation set active = :active, updated_at = :now, version = version + 1"
                        + " where id = :id and active <> :active")
                .param("active", active)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        if (changed > 0) {
            audit.record(active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, TARGET, id, null);
        }
    }

    /**
     * A partner user for a lodging, employer or sponsor in the user's reach: role PARTNER, agency = the organisation's
     * registering agency, a one-time password to change at the first sign-in.
     */
    @Transactional
    public AccountAdminService.Issued createPartnerUser(CurrentUser user, long organisationId, PartnerUserData data) {
        requireManager(user);
        Organisation organisation = queries.find(user, organisationId).orElseThrow(NotFoundException::new);
        if (!organisation.kind().partner() || !organisation.active()) {
            throw InvalidInput.of(null, "organisation.error.noPartners");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (data.email() != null
                && !data.email().isBlank()
                && !EMAIL.matcher(data.email().trim()).matches()) {
            problems.add("email", "organisation.error.email");
        }
        problems.throwIfAny();
        AccountAdminService.Issued issued = accounts.createPartner(
                data.username(),
                data.displayName(),
                organisation.registeredByAgencyId(),
                Text.blankToNull(data.email()),
                Text.blankToNull(data.phone()));
        jdbc.sql("insert into partner_account (account_id, organisation_id) values (:account, :organisation)")
                .param("account", issued.accountId())
                .param("organisation", organisationId)
                .update();
        audit.record(AuditAction.LINK, TARGET, organisationId, "partner account " + issued.accountId() + " created");
        return issued;
    }

    /** Deactivates or reactivates one of the organisation's partner users. */
    @Transactional
    public void setPartnerUserEnabled(CurrentUser user, long organisationId, long accountId, boolean enabled) {
        requirePartnerUser(user, organisationId, accountId);
        accounts.setPartnerEnabled(accountId, enabled);
    }

    /** A new one-time password for one of the organisation's partner users. */
    @Transactional
    public AccountAdminService.Issued resetPartnerUserPassword(CurrentUser user, long organisationId, long accountId) {
        requirePartnerUser(user, organisationId, accountId);
        return accounts.resetPartnerPassword(accountId);
    }

    private void requirePartnerUser(CurrentUser user, long organisationId, long accountId) {
        requireManager(user);
        queries.find(user, organisationId).orElseThrow(NotFoundException::new);
        if (queries.partnerUsers(organisationId).stream().noneMatch(partner -> partner.accountId() == accountId)) {
            throw new NotFoundException();
        }
    }

    private void requireManager(CurrentUser user) {
        if (!access.manages(user)) {
            throw new NotFoundException();
        }
    }

    private long registeringAgency(CurrentUser user, OrganisationData data) {
        return user.hasRole(Role.ADMIN) ? data.agencyId() : user.agencyId();
    }

    private InvalidInput.Collector problems(CurrentUser user, OrganisationData data, Long exceptId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (data.kind() == null) {
            problems.add("kind", "validation.required");
        } else if (exceptId != null
                && !data.kind().partner()
                && !queries.partnerUsers(exceptId).isEmpty()) {
            // a foreign kind has no partner users: its partners would keep signing in to an organisation of no kind
            problems.add("kind", "organisation.error.kindHasPartners");
        }
        if (Text.blankToNull(data.name()) == null) {
            problems.add("name", "validation.required");
        }
        if (Text.blankToNull(data.address()) == null) {
            problems.add("address", "validation.required");
        }
        String country = Text.blankToNull(data.countryCode());
        if (country != null && !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
            problems.add("countryCode", "organisation.error.country");
        } else if (data.kind() != null && data.kind().foreign() && country == null) {
            problems.add("countryCode", "organisation.error.countryRequired");
        }
        if (data.contactEmail() != null
                && !data.contactEmail().isBlank()
                && !EMAIL.matcher(data.contactEmail().trim()).matches()) {
            problems.add("contactEmail", "organisation.error.email");
        }
        Region desa = data.regionCode() == null || !RegionCodes.isValid(data.regionCode())
                ? null
                : regions.find(data.regionCode()).orElse(null);
        OrganisationScope scope = access.scope(user);
        if (desa == null || desa.level() != RegionLevel.DESA) {
            problems.add("regionCode", "organisation.error.region");
        } else if (!scope.covers(desa.code())) {
            problems.add("regionCode", "organisation.error.outsideJurisdiction");
        } else if (exceptId == null) {
            if (user.hasRole(Role.ADMIN)) {
                if (data.agencyId() == null) {
                    problems.add("agencyId", "validation.required");
                } else if (!access.mayRegisterFor(data.agencyId(), desa.code())) {
                    problems.add("agencyId", "organisation.error.agency");
                }
            } else if (user.agencyId() == null || !access.mayRegisterFor(user.agencyId(), desa.code())) {
                problems.add("regionCode", "organisation.error.outsideJurisdiction");
            }
        }
        String registration = Text.blankToNull(data.registrationNumber());
        if (registration != null && queries.registrationTaken(country, registration, exceptId)) {
            problems.add("registrationNumber", "organisation.error.registrationTaken");
        }
        return problems;
    }

    private static SqlFragment values(OrganisationData data, Region desa) {
        String country = Text.blankToNull(data.countryCode());
        String code = desa.code();
        return SqlFragment.empty()
                .with("kind", data.kind().name())
                .with("name", data.name().trim())
                .with("registration", Text.blankToNull(data.registrationNumber()))
                .with("country", country == null ? null : country.toUpperCase(Locale.ROOT))
                .with("region", code)
                .with("province", code.substring(0, 2))
                .with("regency", code.substring(0, 5))
                .with("district", code.substring(0, 8))
                .with("address", data.address().trim())
                .with("contact_name", Text.blankToNull(data.contactName()))
                .with("contact_phone", Text.blankToNull(data.contactPhone()))
                .with("contact_email", Text.blankToNull(data.contactEmail()));
    }
}
