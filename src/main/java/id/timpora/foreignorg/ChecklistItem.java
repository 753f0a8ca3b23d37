package id.timpora.foreignorg;

import id.timpora.common.Labelled;

/** The items Kesbangpol checks for an activity (Permendagri No. 49/2010). Labels under {@code foreignorg.check.*}. */
public enum ChecklistItem implements Labelled {
    REKOMENDASI_KEMLU,
    MOU,
    TUJUAN,
    LOKASI,
    WAKTU,
    MITRA_LOKAL,
    PENDANAAN;

    @Override
    public String messageKey() {
        return "foreignorg.check." + name();
    }
}
