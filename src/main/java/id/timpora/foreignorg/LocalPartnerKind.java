package id.timpora.foreignorg;

import id.timpora.common.Labelled;

/** Kinds of local partners (local NGOs, universities, companies). Labels under {@code foreignorg.partnerKind.*}. */
public enum LocalPartnerKind implements Labelled {
    LSM_LOKAL,
    UNIVERSITAS,
    PERUSAHAAN,
    INSTANSI,
    LAINNYA;

    @Override
    public String messageKey() {
        return "foreignorg.partnerKind." + name();
    }
}
