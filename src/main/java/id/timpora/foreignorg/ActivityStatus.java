package id.timpora.foreignorg;

import id.timpora.common.Labelled;
import java.util.List;

/** Where an activity stands: submitted (DIAJUKAN), then Kesbangpol's decision. Labels under {@code foreignorg.status.*}. */
public enum ActivityStatus implements Labelled {
    DIAJUKAN,
    DIIZINKAN,
    DITUNDA,
    DITOLAK;

    /** The decisions: allow, postpone, refuse. */
    public static List<ActivityStatus> decisions() {
        return List.of(DIIZINKAN, DITUNDA, DITOLAK);
    }

    public boolean decided() {
        return this != DIAJUKAN;
    }

    @Override
    public String messageKey() {
        return "foreignorg.status." + name();
    }
}
