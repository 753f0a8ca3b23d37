package id.timpora.organisation;

import id.timpora.common.Labelled;
import java.util.Arrays;
import java.util.List;

/** What an organisation is. Labels under {@code organisation.kind.*}. */
public enum OrganisationKind implements Labelled {
    PENGINAPAN_HOTEL(OrganisationGroup.PENGINAPAN),
    HOMESTAY(OrganisationGroup.PENGINAPAN),
    VILLA(OrganisationGroup.PENGINAPAN),
    KOS(OrganisationGroup.PENGINAPAN),
    MESS(OrganisationGroup.PENGINAPAN),
    PERUSAHAAN(OrganisationGroup.PEMBERI_KERJA),
    SPONSOR(OrganisationGroup.PEMBERI_KERJA),
    /** Foreign organisations (#19). */
    LSM_ASING(OrganisationGroup.ASING),
    MEDIA_ASING(OrganisationGroup.ASING),
    YAYASAN_ASING(OrganisationGroup.ASING);

    private final OrganisationGroup group;

    OrganisationKind(OrganisationGroup group) {
        this.group = group;
    }

    /** Lodging (guest notices), employer/sponsor (worker notices) or foreign organisation. */
    public OrganisationGroup group() {
        return group;
    }

    public boolean lodging() {
        return group == OrganisationGroup.PENGINAPAN;
    }

    public boolean employer() {
        return group == OrganisationGroup.PEMBERI_KERJA;
    }

    public boolean foreign() {
        return group == OrganisationGroup.ASING;
    }

    /** Lodgings, employers and sponsors: the kinds whose staff may be partners (#13). */
    public boolean partner() {
        return !foreign();
    }

    public static List<OrganisationKind> of(OrganisationGroup group) {
        return Arrays.stream(values()).filter(kind -> kind.group == group).toList();
    }

    @Override
    public String messageKey() {
        return "organisation.kind." + name();
    }
}
