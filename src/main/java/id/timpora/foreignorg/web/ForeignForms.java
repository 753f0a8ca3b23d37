package id.timpora.foreignorg.web;

import id.timpora.common.Text;
import id.timpora.foreignorg.ActivityData;
import id.timpora.foreignorg.ActivityStatus;
import id.timpora.foreignorg.ChecklistItem;
import id.timpora.foreignorg.ForeignService;
import id.timpora.foreignorg.JournalistPermitData;
import id.timpora.foreignorg.LocalPartnerKind;
import id.timpora.foreignorg.PersonRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The register's small forms (one class each, bound by their own model attribute). */
final class ForeignForms {

    private ForeignForms() {}

    static class PartnerForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{validation.tooLong}")
        private String partnerName;

        @NotNull(message = "{validation.required}")
        private LocalPartnerKind partnerKind;

        private String partnerRegion;

        @Size(max = 200, message = "{validation.tooLong}")
        private String partnerContact;

        public String getPartnerName() {
            return partnerName;
        }

        public void setPartnerName(String partnerName) {
            this.partnerName = partnerName;
        }

        public LocalPartnerKind getPartnerKind() {
            return partnerKind;
        }

        public void setPartnerKind(LocalPartnerKind partnerKind) {
            this.partnerKind = partnerKind;
        }

        public String getPartnerRegion() {
            return partnerRegion;
        }

        public void setPartnerRegion(String partnerRegion) {
            this.partnerRegion = partnerRegion;
        }

        public String getPartnerContact() {
            return partnerContact;
        }

        public void setPartnerContact(String partnerContact) {
            this.partnerContact = partnerContact;
        }
    }

    static class PersonForm {
        @NotNull(message = "{validation.required}")
        private Long subjectId;

        @NotNull(message = "{validation.required}")
        private PersonRole personRole;

        @Size(max = 500, message = "{validation.tooLong}")
        private String personNote;

        public Long getSubjectId() {
            return subjectId;
        }

        public void setSubjectId(Long subjectId) {
            this.subjectId = subjectId;
        }

        public PersonRole getPersonRole() {
            return personRole;
        }

        public void setPersonRole(PersonRole personRole) {
            this.personRole = personRole;
        }

        public String getPersonNote() {
            return personNote;
        }

        public void setPersonNote(String personNote) {
            this.personNote = personNote;
        }
    }

    static class ReportLinkForm {
        @NotNull(message = "{validation.required}")
        private Long reportId;

        public Long getReportId() {
            return reportId;
        }

        public void setReportId(Long reportId) {
            this.reportId = reportId;
        }
    }

    static class PermitForm {
        @NotNull(message = "{validation.required}")
        private Long permitSubjectId;

        @Size(max = 200, message = "{validation.tooLong}")
        private String outletName;

        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.tooLong}")
        private String visa;

        @NotBlank(message = "{validation.required}")
        @Size(max = 60, message = "{validation.tooLong}")
        private String pressPermitNumber;

        @NotNull(message = "{validation.required}")
        private LocalDate validFrom;

        @NotNull(message = "{validation.required}")
        private LocalDate validUntil;

        @Size(max = 500, message = "{validation.tooLong}")
        private String topic;

        private String permitRegion;

        JournalistPermitData toData() {
            String region = Text.blankToNull(permitRegion);
            return new JournalistPermitData(
                    permitSubjectId,
                    outletName,
                    visa,
                    pressPermitNumber,
                    validFrom,
                    validUntil,
                    topic,
                    region == null ? Set.of() : Set.of(region.strip()));
        }

        public Long getPermitSubjectId() {
            return permitSubjectId;
        }

        public void setPermitSubjectId(Long permitSubjectId) {
            this.permitSubjectId = permitSubjectId;
        }

        public String getOutletName() {
            return outletName;
        }

        public void setOutletName(String outletName) {
            this.outletName = outletName;
        }

        public String getVisa() {
            return visa;
        }

        public void setVisa(String visa) {
            this.visa = visa;
        }

        public String getPressPermitNumber() {
            return pressPermitNumber;
        }

        public void setPressPermitNumber(String pressPermitNumber) {
            this.pressPermitNumber = pressPermitNumber;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public LocalDate getValidUntil() {
            return validUntil;
        }

        public void setValidUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getPermitRegion() {
            return permitRegion;
        }

        public void setPermitRegion(String permitRegion) {
            this.permitRegion = permitRegion;
        }
    }

    static class ActivityForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{validation.tooLong}")
        private String title;

        @NotBlank(message = "{validation.required}")
        @Size(max = 2000, message = "{validation.tooLong}")
        private String purpose;

        @NotNull(message = "{validation.required}")
        private LocalDate startsOn;

        @NotNull(message = "{validation.required}")
        private LocalDate endsOn;

        private List<String> regionCodes = new ArrayList<>();

        private String newRegionCode;

        @Size(max = 200, message = "{validation.tooLong}")
        private String fundingSource;

        @Size(max = 100, message = "{validation.tooLong}")
        private String fundingAmount;

        private Long partnerId;

        ActivityData toData() {
            return new ActivityData(
                    title,
                    purpose,
                    startsOn,
                    endsOn,
                    new LinkedHashSet<>(regionCodes),
                    fundingSource,
                    fundingAmount,
                    partnerId);
        }

        void addChosenRegion() {
            if (newRegionCode != null && !newRegionCode.isBlank() && !regionCodes.contains(newRegionCode.strip())) {
                regionCodes.add(newRegionCode.strip());
            }
            newRegionCode = null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getPurpose() {
            return purpose;
        }

        public void setPurpose(String purpose) {
            this.purpose = purpose;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public List<String> getRegionCodes() {
            return regionCodes;
        }

        public void setRegionCodes(List<String> regionCodes) {
            this.regionCodes = regionCodes == null
                    ? new ArrayList<>()
                    : new ArrayList<>(
                            regionCodes.stream().filter(Objects::nonNull).toList());
        }

        public String getNewRegionCode() {
            return newRegionCode;
        }

        public void setNewRegionCode(String newRegionCode) {
            this.newRegionCode = newRegionCode;
        }

        public String getFundingSource() {
            return fundingSource;
        }

        public void setFundingSource(String fundingSource) {
            this.fundingSource = fundingSource;
        }

        public String getFundingAmount() {
            return fundingAmount;
        }

        public void setFundingAmount(String fundingAmount) {
            this.fundingAmount = fundingAmount;
        }

        public Long getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(Long partnerId) {
            this.partnerId = partnerId;
        }
    }

    /** The checklist: per item "fulfilled" (true/false, or unanswered) and a note. */
    static class ChecklistForm {
        private Map<ChecklistItem, Boolean> fulfilled = new EnumMap<>(ChecklistItem.class);
        private Map<ChecklistItem, String> notes = new EnumMap<>(ChecklistItem.class);

        Map<ChecklistItem, ForeignService.Verdict> toVerdicts() {
            Map<ChecklistItem, ForeignService.Verdict> verdicts = new EnumMap<>(ChecklistItem.class);
            for (ChecklistItem item : ChecklistItem.values()) {
                verdicts.put(item, new ForeignService.Verdict(fulfilled.get(item), Text.blankToNull(notes.get(item))));
            }
            return verdicts;
        }

        public Map<ChecklistItem, Boolean> getFulfilled() {
            return fulfilled;
        }

        public void setFulfilled(Map<ChecklistItem, Boolean> fulfilled) {
            this.fulfilled = fulfilled == null ? new EnumMap<>(ChecklistItem.class) : fulfilled;
        }

        public Map<ChecklistItem, String> getNotes() {
            return notes;
        }

        public void setNotes(Map<ChecklistItem, String> notes) {
            this.notes = notes == null ? new EnumMap<>(ChecklistItem.class) : notes;
        }
    }

    static class DecisionForm {
        @NotNull(message = "{validation.required}")
        private ActivityStatus decision;

        @Size(max = 2000, message = "{validation.tooLong}")
        private String reason;

        private int version;

        public ActivityStatus getDecision() {
            return decision;
        }

        public void setDecision(ActivityStatus decision) {
            this.decision = decision;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }
}
