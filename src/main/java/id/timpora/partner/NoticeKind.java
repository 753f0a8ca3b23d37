package id.timpora.partner;

import id.timpora.common.Labelled;

/** A guest's stay at a lodging, or a worker at a company or sponsor. Labels under {@code partner.kind.*}. */
public enum NoticeKind implements Labelled {
    TAMU,
    PEKERJA;

    @Override
    public String messageKey() {
        return "partner.kind." + name();
    }
}
