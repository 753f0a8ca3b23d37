package id.timpora.organisation;

import id.timpora.common.Labelled;

/** Groups of {@link OrganisationKind}. Labels under {@code organisation.group.*}. */
public enum OrganisationGroup implements Labelled {
    /** Hotels, homestays, villas, kos, mess: they send guest notices. */
    PENGINAPAN,
    /** Companies and sponsors: they send worker notices. */
    PEMBERI_KERJA,
    /** Foreign NGOs, media and foundations (#19). */
    ASING;

    @Override
    public String messageKey() {
        return "organisation.group." + name();
    }
}
