package id.timpora.report.mrz;

import id.timpora.common.Labelled;

/** What the first letter of the document code says: P passport, I/A/C card, V visa. Labels under {@code mrz.kind.*}. */
public enum MrzDocumentKind implements Labelled {
    PASSPORT,
    ID_CARD,
    VISA,
    OTHER;

    static MrzDocumentKind of(char first) {
        return switch (first) {
            case 'P' -> PASSPORT;
            case 'I', 'A', 'C' -> ID_CARD;
            case 'V' -> VISA;
            default -> OTHER;
        };
    }

    @Override
    public String messageKey() {
        return "mrz.kind." + name();
    }
}
