package id.timpora.agency;

import id.timpora.common.Labelled;

/** The level at which an agency or a Tim Pora works; labels under {@code level.*}. */
public enum OrganisationLevel implements Labelled {
    PUSAT,
    PROVINSI,
    KABUPATEN_KOTA,
    KECAMATAN;

    @Override
    public String messageKey() {
        return "level." + name();
    }
}
