package id.timpora.watch.web;

import id.timpora.common.Text;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.ReportSource;
import id.timpora.watch.WatchData;
import id.timpora.watch.WatchView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** The watch-period form; regions are added one by one with the region picker, like an agency's jurisdiction. */
class WatchForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    private LocalDate startsOn;

    @NotNull(message = "{validation.required}")
    private LocalDate endsOn;

    private List<String> regionCodes = new ArrayList<>();

    /** The region chosen in the picker, added to {@link #regionCodes} with the "add" button. */
    private String newRegionCode;

    private List<Activity> activities = new ArrayList<>();

    private List<Indication> indications = new ArrayList<>();

    private List<ReportSource> sources = new ArrayList<>();

    @Size(max = 2000, message = "{validation.tooLong}")
    private String note;

    private int version;

    /** A new watch with what an election watch usually looks at. */
    static WatchForm election(LocalDate today) {
        WatchForm form = new WatchForm();
        form.startsOn = today;
        form.endsOn = today.plusDays(30);
        form.activities =
                new ArrayList<>(List.of(Activity.POLITIK_KAMPANYE, Activity.JURNALISTIK, Activity.LSM_ORMAS_ASING));
        form.indications = new ArrayList<>(
                List.of(Indication.PEMILU, Indication.JURNALIS_TANPA_IZIN, Indication.ORMAS_ASING_TANPA_IZIN));
        form.sources = new ArrayList<>(List.of(ReportSource.MEDIA_SOSIAL));
        return form;
    }

    static WatchForm of(WatchView watch) {
        WatchForm form = new WatchForm();
        form.name = watch.name();
        form.startsOn = watch.startsOn();
        form.endsOn = watch.endsOn();
        form.regionCodes = new ArrayList<>(
                watch.regions().stream().map(WatchView.WatchRegion::code).toList());
        form.activities = new ArrayList<>(watch.activities());
        form.indications = new ArrayList<>(watch.indications());
        form.sources = new ArrayList<>(watch.sources());
        form.note = watch.note();
        form.version = watch.version();
        return form;
    }

    WatchData toData() {
        return new WatchData(
                name == null ? null : name.strip(),
                startsOn,
                endsOn,
                new LinkedHashSet<>(regionCodes),
                activities.isEmpty() ? EnumSet.noneOf(Activity.class) : EnumSet.copyOf(activities),
                indications.isEmpty() ? EnumSet.noneOf(Indication.class) : EnumSet.copyOf(indications),
                sources.isEmpty() ? EnumSet.noneOf(ReportSource.class) : EnumSet.copyOf(sources),
                Text.blankToNull(note));
    }

    void addChosenRegion() {
        if (newRegionCode != null && !newRegionCode.isBlank() && !regionCodes.contains(newRegionCode.strip())) {
            regionCodes.add(newRegionCode.strip());
        }
        newRegionCode = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
                : new ArrayList<>(regionCodes.stream().filter(Objects::nonNull).toList());
    }

    public String getNewRegionCode() {
        return newRegionCode;
    }

    public void setNewRegionCode(String newRegionCode) {
        this.newRegionCode = newRegionCode;
    }

    public List<Activity> getActivities() {
        return activities;
    }

    public void setActivities(List<Activity> activities) {
        this.activities = activities == null
                ? new ArrayList<>()
                : new ArrayList<>(activities.stream().filter(Objects::nonNull).toList());
    }

    public List<Indication> getIndications() {
        return indications;
    }

    public void setIndications(List<Indication> indications) {
        this.indications = indications == null
                ? new ArrayList<>()
                : new ArrayList<>(indications.stream().filter(Objects::nonNull).toList());
    }

    public List<ReportSource> getSources() {
        return sources;
    }

    public void setSources(List<ReportSource> sources) {
        this.sources = sources == null
                ? new ArrayList<>()
                : new ArrayList<>(sources.stream().filter(Objects::nonNull).toList());
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
