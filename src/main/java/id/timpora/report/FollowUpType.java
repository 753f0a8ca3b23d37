package id.timpora.report;

import id.timpora.common.Labelled;
import java.util.Arrays;
import java.util.List;

/**
 * What was done about a verified report. Labels under {@code report.followUp.*}. The administrative immigration
 * actions (tindakan administratif keimigrasian, UU 6/2011 Pasal 75) form one {@link Group}, apart from clarification,
 * joint operation, referral and no action.
 */
public enum FollowUpType implements Labelled {
    KLARIFIKASI(Group.PEMERIKSAAN),
    OPERASI_GABUNGAN(Group.PEMERIKSAAN),
    DEPORTASI(Group.TINDAKAN_ADMINISTRATIF),
    DETENSI(Group.TINDAKAN_ADMINISTRATIF),
    PEMBATASAN_IZIN(Group.TINDAKAN_ADMINISTRATIF),
    PEMBATALAN_IZIN(Group.TINDAKAN_ADMINISTRATIF),
    PENANGKALAN(Group.TINDAKAN_ADMINISTRATIF),
    BIAYA_BEBAN(Group.TINDAKAN_ADMINISTRATIF),
    RUJUKAN(Group.LAINNYA),
    TIDAK_PERLU_TINDAKAN(Group.LAINNYA);

    /** How the follow-up types are grouped in choices and lists. Labels under {@code report.followUpGroup.*}. */
    public enum Group implements Labelled {
        PEMERIKSAAN,
        TINDAKAN_ADMINISTRATIF,
        LAINNYA;

        public List<FollowUpType> types() {
            return Arrays.stream(FollowUpType.values())
                    .filter(type -> type.group == this)
                    .toList();
        }

        @Override
        public String messageKey() {
            return "report.followUpGroup." + name();
        }
    }

    private final Group group;

    FollowUpType(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public boolean administrative() {
        return group == Group.TINDAKAN_ADMINISTRATIF;
    }

    @Override
    public String messageKey() {
        return "report.followUp." + name();
    }
}
