package id.timpora.agency.web;

import id.timpora.agency.OrganisationLevel;
import id.timpora.agency.TeamData;
import id.timpora.common.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

class TeamForm {

    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    private OrganisationLevel level;

    private String regionCode;

    @NotNull(message = "{validation.required}")
    private Long chairAgencyId;

    private List<Long> memberAgencyIds = new ArrayList<>();

    @Size(max = 100, message = "{validation.tooLong}")
    private String decreeNumber;

    private LocalDate decreeDate;

    private int version;

    static TeamForm of(TeamData data, int version) {
        TeamForm form = new TeamForm();
        form.name = data.name();
        form.level = data.level();
        form.regionCode = data.regionCode();
        form.chairAgencyId = data.chairAgencyId();
        form.memberAgencyIds = new ArrayList<>(data.memberAgencyIds());
        form.decreeNumber = data.decreeNumber();
        form.decreeDate = data.decreeDate();
        form.version = version;
        return form;
    }

    TeamData toData() {
        return new TeamData(
                name,
                level,
                Text.blankToNull(regionCode),
                chairAgencyId,
                new LinkedHashSet<>(memberAgencyIds.stream()
                        .filter(java.util.Objects::nonNull)
                        .toList()),
                Text.blankToNull(decreeNumber),
                decreeDate);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationLevel getLevel() {
        return level;
    }

    public void setLevel(OrganisationLevel level) {
        this.level = level;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getChairAgencyId() {
        return chairAgencyId;
    }

    public void setChairAgencyId(Long chairAgencyId) {
        this.chairAgencyId = chairAgencyId;
    }

    public List<Long> getMemberAgencyIds() {
        return memberAgencyIds;
    }

    public void setMemberAgencyIds(List<Long> memberAgencyIds) {
        this.memberAgencyIds = memberAgencyIds == null ? new ArrayList<>() : memberAgencyIds;
    }

    public String getDecreeNumber() {
        return decreeNumber;
    }

    public void setDecreeNumber(String decreeNumber) {
        this.decreeNumber = decreeNumber;
    }

    public LocalDate getDecreeDate() {
        return decreeDate;
    }

    public void setDecreeDate(LocalDate decreeDate) {
        this.decreeDate = decreeDate;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
