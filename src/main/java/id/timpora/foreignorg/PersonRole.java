package id.timpora.foreignorg;

import id.timpora.common.Labelled;

/** What a registry person is to a foreign organisation. Labels under {@code foreignorg.personRole.*}. */
public enum PersonRole implements Labelled {
    STAF,
    RELAWAN,
    JURNALIS;

    @Override
    public String messageKey() {
        return "foreignorg.personRole." + name();
    }
}
