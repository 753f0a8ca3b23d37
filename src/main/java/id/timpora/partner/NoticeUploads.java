package id.timpora.partner;

import id.timpora.account.CurrentUser;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.bulk.BulkColumn;
import id.timpora.infrastructure.bulk.BulkJob;
import id.timpora.infrastructure.bulk.BulkRow;
import id.timpora.infrastructure.bulk.BulkSpec;
import id.timpora.infrastructure.bulk.RowProblems;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.organisation.Organisation;
import id.timpora.report.Activity;
import id.timpora.report.PermitType;
import id.timpora.report.ReportData;
import id.timpora.report.Sex;
import id.timpora.report.mrz.Mrz;
import id.timpora.report.mrz.MrzReading;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Guest and worker lists uploaded in bulk (#13 item 3), read by the bulk-upload mechanism (infrastructure/bulk) and
 * recorded one by one through {@link NoticeService}: the same rules as a notice typed in the form (each row is
 * checked by the service's own checks), the same report, registry link, audit and receipt number, and the same stay
 * key — a stay uploaded twice (the same file, or an overlapping file a week later) is "already reported" in the
 * preview and creates nothing when confirmed.
 */
@Component
public class NoticeUploads {

    public static final String GUESTS = "partner-guests";
    public static final String WORKERS = "partner-workers";

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final NoticeService notices;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    NoticeUploads(NoticeService notices, JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** Guests for a lodging, workers for a company or sponsor. */
    public static NoticeKind kindOf(Organisation organisation) {
        return organisation.kind().lodging() ? NoticeKind.TAMU : NoticeKind.PEKERJA;
    }

    /** The job of an upload for this organisation (its spec checks rows by the organisation's kind, zone and state). */
    public BulkJob job(Organisation organisation) {
        NoticeKind kind = kindOf(organisation);
        ZoneId zone = notices.zoneOf(organisation);
        BulkSpec spec = kind == NoticeKind.TAMU ? guestSpec(organisation, zone) : workerSpec(organisation, zone);
        return new BulkJob(kind == NoticeKind.TAMU ? GUESTS : WORKERS, String.valueOf(organisation.id()), spec);
    }

    /** The file name of the template, without extension. */
    public static String templateName(Organisation organisation) {
        return kindOf(organisation) == NoticeKind.TAMU ? "templat-tamu-asing" : "templat-pekerja-asing";
    }

    // ---- columns -----------------------------------------------------------------------------------------------

    private List<BulkColumn> person() {
        return List.of(
                BulkColumn.text("fullName", "Nama Lengkap", 200).required().example("ANNA MARIA ERIKSSON"),
                BulkColumn.country("nationality", "Kewarganegaraan").required().example("Swedia"),
                BulkColumn.choice("sex", "Jenis Kelamin", labels(Sex.values(), "report.sex."))
                        .required()
                        .example("Perempuan"),
                BulkColumn.date("birthDate", "Tanggal Lahir").example("1974-08-12"),
                BulkColumn.text("passportNumber", "Nomor Paspor", 30).required().example("L898902C3"),
                BulkColumn.date("passportExpiry", "Masa Berlaku Paspor")
                        .example("2032-04-15")
                        .hint("Paspor yang sudah habis masa berlakunya pada saat check-in/mulai kerja ditolak."),
                BulkColumn.choice("permitType", "Jenis Izin Tinggal", labels(PermitType.values(), "report.permit."))
                        .required()
                        .example("Bebas Visa"),
                BulkColumn.text("permitNumber", "Nomor Izin Tinggal", 50),
                BulkColumn.text("mrz", "MRZ Paspor", Mrz.MAX_INPUT)
                        .hint("Dua baris MRZ paspor (boleh dalam satu sel); mengisi nama, kewarganegaraan, jenis"
                                + " kelamin, tanggal lahir, nomor dan masa berlaku paspor yang kosong. Angka"
                                + " pemeriksa yang salah ditolak."));
    }

    /**
     * The MRZ column: read by the ICAO 9303 rules (report/mrz), it fills the identity cells left empty; a wrong check
     * digit, or a passport number that differs from the MRZ's, is an error of the row.
     */
    private BulkSpec.RowFill mrzFill(ZoneId zone) {
        return (cells, problems) -> {
            String text = cells.text("mrz");
            if (text.isBlank()) {
                return;
            }
            MrzReading reading = Mrz.read(text, LocalDate.now(clock.withZone(zone)));
            if (!reading.valid()) {
                Locale locale = LocaleContextHolder.getLocale();
                problems.add(
                        "mrz",
                        "partner.upload.error.mrz",
                        String.join(
                                " ",
                                reading.problems().stream()
                                        .map(problem -> messages.getMessage(problem, locale))
                                        .toList()));
                return;
            }
            String typedPassport = ReportData.normalisePassport(cells.text("passportNumber"));
            if (typedPassport != null
                    && !typedPassport.equals(ReportData.normalisePassport(reading.documentNumber()))) {
                problems.add("passportNumber", "partner.upload.error.mrzPassport", reading.documentNumber());
            }
            cells.fillIfBlank("fullName", reading.fullName());
            cells.fillIfBlank("nationality", reading.nationality());
            cells.fillIfBlank(
                    "sex", reading.sex() == null ? null : reading.sex().name());
            cells.fillIfBlank(
                    "birthDate",
                    reading.birthDate() == null ? null : reading.birthDate().toString());
            cells.fillIfBlank("passportNumber", reading.documentNumber());
            cells.fillIfBlank(
                    "passportExpiry",
                    reading.expiryDate() == null ? null : reading.expiryDate().toString());
        };
    }

    private BulkSpec guestSpec(Organisation organisation, ZoneId zone) {
        List<BulkColumn> columns = new ArrayList<>(person());
        columns.add(BulkColumn.text("room", "Nomor Kamar", 30).example("204"));
        columns.add(BulkColumn.dateTime("checkIn", "Waktu Check-in")
                .required()
                .example("2026-12-01 14:30")
                .hint("Waktu setempat di lokasi penginapan."));
        columns.add(BulkColumn.dateTime("checkOut", "Waktu Check-out").example(""));
        columns.add(BulkColumn.choice("purpose", "Tujuan Kunjungan", labels(Activity.values(), "report.activity."))
                .example("Wisata"));
        return new BulkSpec(
                "Daftar tamu asing — " + organisation.name(),
                columns,
                mrzFill(zone),
                new OnceInFile(
                        (row, problems) -> {
                            try {
                                notices.guestProblems(organisation, guest(row), zone)
                                        .throwIfAny();
                            } catch (InvalidInput invalid) {
                                report(invalid, row, problems);
                            }
                        },
                        row -> row.dateTime("checkIn") == null
                                ? null
                                : row.dateTime("checkIn").toLocalDate()));
    }

    private BulkSpec workerSpec(Organisation organisation, ZoneId zone) {
        List<BulkColumn> columns = new ArrayList<>(person());
        columns.add(BulkColumn.text("position", "Jabatan", 120).example("Teknisi"));
        columns.add(BulkColumn.text("workLocation", "Lokasi Kerja", 300)
                .hint("Kosongkan bila sama dengan alamat perusahaan."));
        columns.add(
                BulkColumn.date("startDate", "Tanggal Mulai Kerja").required().example("2026-11-01"));
        columns.add(BulkColumn.date("endDate", "Tanggal Selesai Kerja").example("2027-10-31"));
        return new BulkSpec(
                "Daftar pekerja asing — " + organisation.name(),
                columns,
                mrzFill(zone),
                new OnceInFile(
                        (row, problems) -> {
                            try {
                                notices.workerProblems(organisation, worker(row), zone)
                                        .throwIfAny();
                            } catch (InvalidInput invalid) {
                                report(invalid, row, problems);
                            }
                        },
                        row -> row.date("startDate")));
    }

    /**
     * The service's checks, and the same stay twice in one file (the stay key: nationality, passport, check-in or start
     * date) as an error of the later row, naming the first: only one of them would become a notice. The rows seen are
     * remembered for one reading of the file ({@link #fresh()}: the confirmation reads it afresh).
     */
    private static final class OnceInFile implements BulkSpec.RowCheck {

        private final BulkSpec.RowCheck checks;
        private final java.util.function.Function<BulkRow, LocalDate> stayDate;
        private final Map<String, Integer> stays = new HashMap<>();

        OnceInFile(BulkSpec.RowCheck checks, java.util.function.Function<BulkRow, LocalDate> stayDate) {
            this.checks = checks;
            this.stayDate = stayDate;
        }

        @Override
        public BulkSpec.RowCheck fresh() {
            return new OnceInFile(checks, stayDate);
        }

        @Override
        public void check(BulkRow row, RowProblems problems) {
            checks.check(row, problems);
            String passport = ReportData.normalisePassport(row.text("passportNumber"));
            LocalDate date = stayDate.apply(row);
            if (passport == null || date == null || row.country("nationality") == null) {
                return;
            }
            Integer first = stays.putIfAbsent(row.country("nationality") + "|" + passport + "|" + date, row.number());
            if (first != null) {
                problems.add("passportNumber", "partner.upload.error.twice", first);
            }
        }
    }

    /**
     * The service's problems, named by column. A cell that already has a problem of its own (empty, unreadable) is not
     * named twice; a problem of no field (the organisation is inactive) belongs to the whole row.
     */
    private static void report(InvalidInput invalid, BulkRow row, RowProblems problems) {
        for (InvalidInput.Problem problem : invalid.problems()) {
            String column = problem.field();
            if (column != null && !row.values().containsKey(column)) {
                column = null;
            }
            if (column != null && (problems.has(column) || !row.has(column) && isEmptyOrBad(problem))) {
                continue;
            }
            Object argument =
                    problem.arguments() == null || problem.arguments().length == 0 ? null : problem.arguments()[0];
            problems.add(column, problem.messageKey(), argument);
        }
    }

    /** "Required" or "choose a nationality" of a cell that is empty: the reader said so already. */
    private static boolean isEmptyOrBad(InvalidInput.Problem problem) {
        return problem.messageKey().equals("validation.required")
                || problem.messageKey().equals("report.error.nationality")
                || problem.messageKey().equals("partner.error.passportRequired");
    }

    private <E extends Enum<E>> Map<String, List<String>> labels(E[] values, String prefix) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (E value : values) {
            String indonesian = messages.getMessage(prefix + value.name(), null, value.name(), INDONESIAN);
            String english = messages.getMessage(prefix + value.name(), null, value.name(), Locale.ENGLISH);
            List<String> names =
                    new ArrayList<>(List.of(indonesian, english, value.name().replace('_', ' ')));
            // "ITK (Izin Tinggal Kunjungan)" is typed as "ITK"; "Bekerja/TKA" as "Bekerja"
            for (String label : List.of(indonesian, english)) {
                String shortLabel =
                        label.replaceAll("\\s*\\(.*\\)$", "").split("/")[0].strip();
                if (!shortLabel.isEmpty()) {
                    names.add(shortLabel);
                }
            }
            if (value == Sex.LAKI_LAKI) {
                names.addAll(List.of("L", "M", "Pria"));
            } else if (value == Sex.PEREMPUAN) {
                names.addAll(List.of("P", "F", "Wanita"));
            }
            labels.put(value.name(), names);
        }
        return labels;
    }

    // ---- rows ----------------------------------------------------------------------------------------------------

    static GuestNoticeData guest(BulkRow row) {
        return new GuestNoticeData(
                row.text("fullName"),
                row.country("nationality"),
                enumOf(Sex.class, row.choice("sex")),
                row.date("birthDate"),
                row.text("passportNumber"),
                row.date("passportExpiry"),
                enumOf(PermitType.class, row.choice("permitType")),
                row.text("permitNumber"),
                row.text("room"),
                row.dateTime("checkIn"),
                row.dateTime("checkOut"),
                enumOf(Activity.class, row.choice("purpose")));
    }

    static WorkerNoticeData worker(BulkRow row) {
        return new WorkerNoticeData(
                row.text("fullName"),
                row.country("nationality"),
                enumOf(Sex.class, row.choice("sex")),
                row.date("birthDate"),
                row.text("passportNumber"),
                row.date("passportExpiry"),
                enumOf(PermitType.class, row.choice("permitType")),
                row.text("permitNumber"),
                row.text("position"),
                row.text("workLocation"),
                row.date("startDate"),
                row.date("endDate"));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    // ---- known stays and the import --------------------------------------------------------------------------------

    /** How many of these valid rows are stays the organisation has reported already (by the stay key). */
    public BulkJob.KnownRows known(Organisation organisation) {
        NoticeKind kind = kindOf(organisation);
        return rows -> {
            if (rows.isEmpty()) {
                return 0;
            }
            List<SqlFragment> keys = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                BulkRow row = rows.get(i);
                LocalDate date =
                        kind == NoticeKind.TAMU ? row.dateTime("checkIn").toLocalDate() : row.date("startDate");
                keys.add(SqlFragment.of("(:n" + i + ", :k" + i, "n" + i, row.country("nationality"))
                        .with("k" + i, ReportData.normalisePassport(row.text("passportNumber")))
                        .plus(SqlFragment.of(", cast(:d" + i + " as date))", "d" + i, date)));
            }
            SqlFragment query = SqlFragment.of(
                            """
                            select count(*) from partner_notice
                             where organisation_id = :organisation and kind = :kind
                               and (nationality, passport_key, stay_date) in (values\s""",
                            "organisation",
                            organisation.id())
                    .with("kind", kind.name())
                    .plus(SqlFragment.join(", ", keys))
                    .plus(SqlFragment.of(")"));
            Long count = query.on(jdbc).query(Long.class).single();
            return count.intValue();
        };
    }

    /** A notice of an upload, with its receipt number, for the list under a confirmed upload. */
    public record UploadedNotice(int row, long noticeId, boolean created, String fullName, String receiptNumber) {}

    /** The notices of a page of an upload's items (one query), in the items' order. */
    public List<UploadedNotice> notices(long organisationId, List<BulkJob.Imported> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> found = new java.util.HashMap<>();
        jdbc.sql("select id, full_name, receipt_number from partner_notice where organisation_id = :organisation"
                        + " and id in (:ids)")
                .param("organisation", organisationId)
                .param("ids", items.stream().map(BulkJob.Imported::recordId).toList())
                .query(rs -> {
                    found.put(
                            rs.getLong("id"), new String[] {rs.getString("full_name"), rs.getString("receipt_number")});
                });
        return items.stream()
                .filter(item -> found.containsKey(item.recordId()))
                .map(item -> new UploadedNotice(
                        item.row(),
                        item.recordId(),
                        item.created(),
                        found.get(item.recordId())[0],
                        found.get(item.recordId())[1]))
                .toList();
    }

    /** Records the rows through the notice service, in the transaction the bulk mechanism opened for the batch. */
    public BulkJob.RowImporter importer(CurrentUser user, Organisation organisation) {
        NoticeKind kind = kindOf(organisation);
        return rows -> {
            List<BulkJob.Imported> imported = new ArrayList<>(rows.size());
            for (BulkRow row : rows) {
                NoticeResult result = kind == NoticeKind.TAMU
                        ? notices.recordGuest(user, organisation.id(), guest(row))
                        : notices.recordWorker(user, organisation.id(), worker(row));
                imported.add(new BulkJob.Imported(row.number(), result.noticeId(), result.created()));
            }
            return imported;
        };
    }
}
