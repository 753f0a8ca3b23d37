package id.timpora.agency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A Tim Pora: one per level and region, chaired by an agency (usually Imigrasi), with member agencies. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationLevel level;

    @Column(name = "region_code", length = 13)
    private String regionCode;

    @Column(name = "chair_agency_id", nullable = false)
    private long chairAgencyId;

    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "agency_id")
    private Set<Long> memberAgencyIds = new TreeSet<>();

    @Column(name = "decree_number", length = 100)
    private String decreeNumber;

    @Column(name = "decree_date")
    private LocalDate decreeDate;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private int version;

    protected Team() {}

    Team(TeamData data, String name) {
        apply(data, name, createdAt);
    }

    void apply(TeamData data, String name, Instant now) {
        this.name = name;
        this.level = data.level();
        this.regionCode = data.level() == OrganisationLevel.PUSAT ? null : data.regionCode();
        this.chairAgencyId = data.chairAgencyId();
        this.memberAgencyIds.clear();
        this.memberAgencyIds.addAll(data.memberAgencyIds());
        this.memberAgencyIds.add(data.chairAgencyId());
        this.decreeNumber = data.decreeNumber();
        this.decreeDate = data.decreeDate();
        this.updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    TeamData toData() {
        return new TeamData(
                name, level, regionCode, chairAgencyId, new TreeSet<>(memberAgencyIds), decreeNumber, decreeDate);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> getMemberAgencyIds() {
        return memberAgencyIds;
    }

    public int getVersion() {
        return version;
    }
}
