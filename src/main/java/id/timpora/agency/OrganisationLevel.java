package id.timpora.agency;

import id.timpora.common.Labelled;

/** The level at which an agency or a Tim Pora works; labels under {@code level.*}. */
public enum OrganisationLevel implements Labelled {
    PUSAT,
    PROVINSI,
    KABUPATEN_KOTA,
    KECAMATAN,
    /** A desa binaan and its contact persons (#14): a jurisdiction of desa/kelurahan; agencies only, never a team. */
    DESA;

    @Override
    public String messageKey() {
        return "level." + name();
    }
}
