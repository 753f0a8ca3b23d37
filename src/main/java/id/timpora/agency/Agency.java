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
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgencyType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationLevel level;

    @Column(length = 500)
    private String address;

    @Column(length = 40)
    private String phone;

    @Column(length = 120)
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "agency_region", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "region_code", length = 13)
    private Set<String> regionCodes = new TreeSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private int version;

    protected Agency() {}

    Agency(AgencyData data) {
        apply(data, createdAt);
    }

    void apply(AgencyData data, Instant now) {
        this.name = data.name().trim();
        this.type = data.type();
        this.level = data.level();
        this.address = data.address();
        this.phone = data.phone();
        this.email = data.email();
        this.regionCodes.clear();
        if (data.level() != OrganisationLevel.PUSAT) {
            this.regionCodes.addAll(data.regionCodes());
        }
        this.updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    AgencyData toData() {
        return new AgencyData(name, type, level, new TreeSet<>(regionCodes), address, phone, email);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public AgencyType getType() {
        return type;
    }

    public OrganisationLevel getLevel() {
        return level;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getRegionCodes() {
        return regionCodes;
    }

    public int getVersion() {
        return version;
    }
}
