package id.timpora.agency;

import id.timpora.common.Labelled;

/** The member agencies of a Tim Pora (PRODUCT.md); labels under {@code agency.type.*}. */
public enum AgencyType implements Labelled {
    IMIGRASI,
    KESBANGPOL,
    POLRI,
    TNI,
    BIN,
    KEJAKSAAN,
    DISNAKER,
    DISDUKCAPIL,
    BNN,
    BEA_CUKAI,
    PEMDA,
    LAINNYA;

    @Override
    public String messageKey() {
        return "agency.type." + name();
    }
}
