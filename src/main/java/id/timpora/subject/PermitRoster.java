package id.timpora.subject;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AgencyService;
import id.timpora.agency.AgencyType;
import id.timpora.agency.Jurisdiction;
import id.timpora.agency.JurisdictionService;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.bulk.BulkColumn;
import id.timpora.infrastructure.bulk.BulkJob;
import id.timpora.infrastructure.bulk.BulkRow;
import id.timpora.infrastructure.bulk.BulkSpec;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.region.RegionCodes;
import id.timpora.report.PermitType;
import id.timpora.report.ReportData;
import id.timpora.report.ReportScope;
import id.timpora.report.Sex;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Kantor Imigrasi's permit roster (#15 item 1): its export of stay-permit holders, read by the bulk-upload
 * mechanism (infrastructure/bulk) and upserted into the registry's persons by nationality + normalised passport (the
 * person's own passport or a further one). Each row sets the person's current residence (desa, address, occupation,
 * sponsor, permit: {@code subject_residence}) and adds the permit to the person's history ({@code subject_permit},
 * one row per distinct type/number/expiry). A row marked departed, and — for a full export — every person of the
 * office's jurisdiction the file does not name, is marked departed, never deleted.
 */
@Component
public class PermitRoster {

    public static final String FEATURE = "permit-roster";
    public static final String TEMPLATE_NAME = "templat-daftar-izin-tinggal";

    /** The permits a roster holds: stay permits only. */
    public static final List<PermitType> STAY_PERMITS =
            List.of(PermitType.ITK, PermitType.ITAS, PermitType.ITAP, PermitType.DIPLOMATIK_DINAS);

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final JdbcClient jdbc;
    private final AgencyService agencies;
    private final JurisdictionService jurisdictions;
    private final SubjectRegistry registry;
    private final MessageSource messages;
    private final Clock clock;

    PermitRoster(
            JdbcClient jdbc,
            AgencyService agencies,
            JurisdictionService jurisdictions,
            SubjectRegistry registry,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.jurisdictions = jurisdictions;
        this.registry = registry;
        this.messages = messages;
        this.clock = clock;
    }

    /** The office whose roster the user may upload: an immigration officer's own; anyone else: not found. */
    public long office(CurrentUser user) {
        if (user == null || !user.hasRole(Role.OFFICER) || user.agencyId() == null) {
            throw new NotFoundException();
        }
        if (agencies.typeOf(user.agencyId()) != AgencyType.IMIGRASI || !agencies.isActive(user.agencyId())) {
            throw new NotFoundException();
        }
        return user.agencyId();
    }

    /** The job of a roster upload for this office (its spec checks desa codes against the office's jurisdiction). */
    public BulkJob job(long officeId) {
        return new BulkJob(FEATURE, String.valueOf(officeId), spec(jurisdictions.ofAgency(officeId)));
    }

    // ---- columns -----------------------------------------------------------------------------------------------

    BulkSpec spec(Jurisdiction jurisdiction) {
        List<BulkColumn> columns = List.of(
                BulkColumn.text("fullName", "Nama Lengkap", 200).required().example("ANNA MARIA ERIKSSON"),
                BulkColumn.country("nationality", "Kewarganegaraan").required().example("Swedia"),
                BulkColumn.choice("sex", "Jenis Kelamin", labels(List.of(Sex.values()), "report.sex."))
                        .example("Perempuan"),
                BulkColumn.date("birthDate", "Tanggal Lahir").example("1974-08-12"),
                BulkColumn.text("passportNumber", "Nomor Paspor", 30).required().example("L898902C3"),
                BulkColumn.choice("permitType", "Jenis Izin Tinggal", labels(STAY_PERMITS, "report.permit."))
                        .required()
                        .example("ITAS")
                        .hint("ITK, ITAS, ITAP atau Diplomatik/Dinas."),
                BulkColumn.text("permitNumber", "Nomor Izin Tinggal", 50)
                        .required()
                        .example("2C21JD1234-A"),
                BulkColumn.date("permitIssued", "Tanggal Terbit Izin").example("2026-01-15"),
                BulkColumn.date("permitExpiry", "Tanggal Berakhir Izin")
                        .required()
                        .example("2027-01-14"),
                BulkColumn.text("sponsorName", "Penjamin", 200).example("PT Sawit Makmur"),
                BulkColumn.text("occupation", "Pekerjaan", 120).example("Manajer kebun"),
                BulkColumn.text("address", "Alamat", 300).example("Jl. Lintas Utara 1"),
                BulkColumn.text("desaCode", "Kode Desa/Kelurahan", 20)
                        .required()
                        .example("61.06.01.2004")
                        .hint("Kode Kemendagri desa/kelurahan tempat tinggal, di wilayah kerja kantor."),
                BulkColumn.choice("departed", "Sudah Keluar", yesNo())
                        .example("Tidak")
                        .hint("Isi \"Ya\" bila orang asing ini sudah meninggalkan wilayah (izin berakhir/keluar)."));
        Map<String, Optional<String>> desas = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        return new BulkSpec("Daftar pemegang izin tinggal", columns, (row, problems) -> {
            LocalDate issued = row.date("permitIssued");
            LocalDate expiry = row.date("permitExpiry");
            if (issued != null && expiry != null && expiry.isBefore(issued)) {
                problems.add("permitExpiry", "roster.error.expiryBeforeIssue", null);
            }
            LocalDate birth = row.date("birthDate");
            if (birth != null && birth.isAfter(LocalDate.now(clock))) {
                problems.add("birthDate", "roster.error.birthFuture", null);
            }
            String typedDesa = row.text("desaCode");
            if (typedDesa != null) {
                Optional<String> desa = desas.computeIfAbsent(typedDesa, this::desa);
                if (desa.isEmpty()) {
                    problems.add("desaCode", "roster.error.desaUnknown", typedDesa);
                } else if (!jurisdiction.covers(desa.get())) {
                    problems.add("desaCode", "roster.error.desaOutside", typedDesa);
                }
            }
            String passport = ReportData.normalisePassport(row.text("passportNumber"));
            if (passport != null && row.country("nationality") != null) {
                Integer first = seen.putIfAbsent(row.country("nationality") + "|" + passport, row.number());
                if (first != null) {
                    problems.add("passportNumber", "roster.error.twice", first);
                }
            }
        });
    }

    /** The desa/kelurahan code as stored, when it names one. */
    private Optional<String> desa(String typed) {
        Optional<String> code = RegionCodes.normalise(typed);
        if (code.isEmpty() || code.get().length() != 13) {
            return Optional.empty();
        }
        return jdbc.sql("select code from region where code = :code")
                .param("code", code.get())
                .query(String.class)
                .optional();
    }

    private Map<String, List<String>> yesNo() {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        labels.put("YA", List.of("Ya", "Y", "Yes", "1", "Sudah", "Keluar"));
        labels.put("TIDAK", List.of("Tidak", "T", "No", "N", "0", "Belum"));
        return labels;
    }

    private <E extends Enum<E>> Map<String, List<String>> labels(List<E> values, String prefix) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (E value : values) {
            String indonesian = messages.getMessage(prefix + value.name(), null, value.name(), INDONESIAN);
            String english = messages.getMessage(prefix + value.name(), null, value.name(), Locale.ENGLISH);
            List<String> names =
                    new ArrayList<>(List.of(indonesian, english, value.name().replace('_', ' ')));
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

    // ---- known people and the import ------------------------------------------------------------------------------

    /** How many of these valid rows name a person the roster already holds (by nationality + passport). */
    public BulkJob.KnownRows known() {
        return rows -> {
            if (rows.isEmpty()) {
                return 0;
            }
            List<SqlFragment> keys = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                BulkRow row = rows.get(i);
                keys.add(SqlFragment.of(
                                "(cast(:n" + i + " as char(2)), cast(:k" + i + " as varchar))",
                                "n" + i,
                                row.country("nationality"))
                        .with("k" + i, ReportData.normalisePassport(row.text("passportNumber"))));
            }
            return SqlFragment.of("select count(*) from (values ")
                    .plus(SqlFragment.join(", ", keys))
                    .plus(
                            """
                            ) as v(nationality, passport)
                             where exists (select 1 from subject s join subject_residence res on res.subject_id = s.id
                                            where s.nationality = v.nationality and s.passport_number = v.passport)
                                or exists (select 1 from subject_passport p
                                             join subject_residence res on res.subject_id = p.subject_id
                                            where p.nationality = v.nationality and p.passport_number = v.passport)""")
                    .on(jdbc)
                    .query(Long.class)
                    .single()
                    .intValue();
        };
    }

    /**
     * Upserts the rows (in the transaction the bulk mechanism opened for the batch); after the last batch, a full
     * export marks the office's people this upload did not name as departed.
     */
    public BulkJob.RowImporter importer(long officeId, long uploadId, boolean fullExport) {
        Jurisdiction jurisdiction = jurisdictions.ofAgency(officeId);
        return new BulkJob.RowImporter() {
            @Override
            public List<BulkJob.Imported> importRows(List<BulkRow> rows) {
                List<BulkJob.Imported> imported = new ArrayList<>(rows.size());
                for (BulkRow row : rows) {
                    imported.add(upsert(officeId, uploadId, row));
                }
                return imported;
            }

            @Override
            public void finish() {
                if (fullExport) {
                    markAbsentDeparted(jurisdiction, uploadId);
                }
            }
        };
    }

    BulkJob.Imported upsert(long officeId, long uploadId, BulkRow row) {
        String nationality = row.country("nationality");
        String passport = ReportData.normalisePassport(row.text("passportNumber"));
        registry.lockPassport(nationality, passport);
        Long subjectId = registry.furtherPassportHolder(nationality, passport);
        if (subjectId == null) {
            subjectId = jdbc.sql(
                            """
                            insert into subject (full_name, nationality, sex, birth_date, passport_number)
                            values (:name, :nationality, :sex, :birth, :passport)
                            on conflict (nationality, passport_number) where passport_number is not null do nothing
                            returning id""")
                    .param("name", row.text("fullName"))
                    .param("nationality", nationality)
                    .param("sex", row.choice("sex") == null ? Sex.TIDAK_DIKETAHUI.name() : row.choice("sex"))
                    .param("birth", row.date("birthDate"))
                    .param("passport", passport)
                    .query(Long.class)
                    .optional()
                    .orElseGet(() -> jdbc.sql(
                                    "select id from subject where nationality = :nationality and passport_number = :passport")
                            .param("nationality", nationality)
                            .param("passport", passport)
                            .query(Long.class)
                            .single());
        }
        String desa = RegionCodes.normalise(row.text("desaCode")).orElseThrow();
        Timestamp now = Timestamp.from(clock.instant());
        boolean departed = "YA".equals(row.choice("departed"));
        Boolean inserted = jdbc.sql(
                        """
                        insert into subject_residence (subject_id, office_agency_id, full_name, nationality, region_code,
                               province_code, regency_code, district_code, address, occupation, sponsor_name,
                               permit_type, permit_number, permit_issued, permit_expiry, last_upload_id, first_seen_at,
                               updated_at, departed_at)
                        values (:subject, :office, :name, :nationality, :desa, substr(:desa, 1, 2), substr(:desa, 1, 5),
                                substr(:desa, 1, 8), :address, :occupation, :sponsor, :permitType, :permitNumber,
                                :issued, :expiry, :upload, :now, :now,
                                case when cast(:departed as boolean) then cast(:now as timestamptz) end)
                        on conflict (subject_id) do update set
                               office_agency_id = excluded.office_agency_id, full_name = excluded.full_name,
                               nationality = excluded.nationality, region_code = excluded.region_code,
                               province_code = excluded.province_code, regency_code = excluded.regency_code,
                               district_code = excluded.district_code, address = excluded.address,
                               occupation = excluded.occupation, sponsor_name = excluded.sponsor_name,
                               permit_type = excluded.permit_type, permit_number = excluded.permit_number,
                               permit_issued = excluded.permit_issued, permit_expiry = excluded.permit_expiry,
                               last_upload_id = excluded.last_upload_id, updated_at = excluded.updated_at,
                               departed_at = case when cast(:departed as boolean)
                                                  then coalesce(subject_residence.departed_at, excluded.updated_at) end
                        returning (xmax = 0) as inserted""")
                .param("subject", subjectId)
                .param("office", officeId)
                .param("name", row.text("fullName"))
                .param("nationality", nationality)
                .param("desa", desa)
                .param("address", row.text("address"))
                .param("occupation", row.text("occupation"))
                .param("sponsor", row.text("sponsorName"))
                .param("permitType", row.choice("permitType"))
                .param("permitNumber", row.text("permitNumber").strip().toUpperCase(Locale.ROOT))
                .param("issued", row.date("permitIssued"))
                .param("expiry", row.date("permitExpiry"))
                .param("upload", uploadId)
                .param("now", now)
                .param("departed", departed)
                .query(Boolean.class)
                .single();
        jdbc.sql(
                        """
                        insert into subject_permit (subject_id, permit_type, permit_number, permit_issued, permit_expiry,
                               source_upload_id, first_seen_at, last_seen_at)
                        values (:subject, :permitType, :permitNumber, :issued, :expiry, :upload, :now, :now)
                        on conflict (subject_id, permit_type, permit_number, permit_expiry) do update set
                               last_seen_at = excluded.last_seen_at,
                               permit_issued = coalesce(excluded.permit_issued, subject_permit.permit_issued)""")
                .param("subject", subjectId)
                .param("permitType", row.choice("permitType"))
                .param("permitNumber", row.text("permitNumber").strip().toUpperCase(Locale.ROOT))
                .param("issued", row.date("permitIssued"))
                .param("expiry", row.date("permitExpiry"))
                .param("upload", uploadId)
                .param("now", now)
                .update();
        return new BulkJob.Imported(row.number(), subjectId, Boolean.TRUE.equals(inserted));
    }

    /** A full export: the people of the office's jurisdiction it did not name have left. */
    int markAbsentDeparted(Jurisdiction jurisdiction, long uploadId) {
        return SqlFragment.of(
                        "update subject_residence res set departed_at = :now where res.departed_at is null"
                                + " and res.last_upload_id <> :upload and ",
                        "now",
                        Timestamp.from(clock.instant()))
                .with("upload", uploadId)
                .plus(ReportScope.of(jurisdiction).sql("res"))
                .on(jdbc)
                .update();
    }

    /**
     * The permits that entered the watch's 30-day window since the last claim (today in each desa's zone), each once:
     * marks them reminded and answers how many per desa. For the notification room's daily job.
     */
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Map<String, Integer> claimExpiring() {
        Map<String, Integer> perDesa = new HashMap<>();
        jdbc.sql(
                        """
                        update subject_residence res set expiry_reminded = res.permit_expiry
                          from region rg
                         where rg.code = res.region_code and res.departed_at is null
                           and res.permit_expiry >= (cast(:now as timestamptz) at time zone rg.time_zone)::date
                           and res.permit_expiry <= (cast(:now as timestamptz) at time zone rg.time_zone)::date + 30
                           and res.expiry_reminded is distinct from res.permit_expiry
                        returning res.region_code""")
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class)
                .list()
                .forEach(desa -> perDesa.merge(desa, 1, Integer::sum));
        return perDesa;
    }
}
