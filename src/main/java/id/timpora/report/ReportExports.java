package id.timpora.report;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.Labelled;
import id.timpora.common.TimeZones;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the filtered report list as CSV or XLSX for officers, with full passport numbers: which is why every export
 * is audited with its filter and row count. Rows stream from a database cursor straight into the response, so an
 * export of any size holds only a few hundred rows in memory at a time.
 */
@Service
public class ReportExports {

    static final String AUDIT_TARGET = "REPORT";

    /** XLSX sheets end at 1,048,576 rows; no export is longer than what one sheet holds. */
    static final int MAX_ROWS = 1_000_000;

    private static final int FETCH_SIZE = 500;

    private static final List<String> COLUMNS = List.of(
            "id",
            "observedAt",
            "status",
            "fullName",
            "nationality",
            "country",
            "sex",
            "birthDate",
            "approximateAge",
            "passportNumber",
            "permitType",
            "permitNumber",
            "permitExpiry",
            "sponsor",
            "occupation",
            "regionCode",
            "village",
            "district",
            "regency",
            "province",
            "address",
            "latitude",
            "longitude",
            "placeType",
            "activities",
            "indications",
            "source",
            "narrative",
            "reportingAgency",
            "handlingAgency",
            "reporter",
            "createdAt");

    private static final String EXPORT_SELECT =
            """
            select r.id, r.observed_at, r.status, r.full_name, r.nationality, r.sex, r.birth_date, r.approximate_age,
                   r.passport_number, r.permit_type, r.permit_number, r.permit_expiry, r.sponsor, r.occupation,
                   r.region_code, village.name as village, district.name as district, regency.name as regency,
                   province.name as province, r.address, r.latitude, r.longitude, r.place_type, r.activities,
                   r.indications, r.source, r.narrative, reporting.name as reporting_agency,
                   handling.name as handling_agency, reporter.display_name as reporter, r.created_at
              from report r
              join region village on village.code = r.region_code
              join region district on district.code = r.district_code
              join region regency on regency.code = r.regency_code
              join region province on province.code = r.province_code
              join agency reporting on reporting.id = r.reporting_agency_id
              left join agency handling on handling.id = r.handling_agency_id
              join app_user reporter on reporter.id = r.reporter_id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final AuditLog audit;
    private final Countries countries;
    private final MessageSource messages;

    ReportExports(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            AuditLog audit,
            Countries countries,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.audit = audit;
        this.countries = countries;
        this.messages = messages;
    }

    /** Writes the matching reports as CSV; returns the number of rows. */
    @PreAuthorize("hasRole('OFFICER')")
    public long writeCsv(
            ReportFilter filter, ReportScope scope, ReportSort sort, ZoneId zone, Locale locale, OutputStream out)
            throws IOException {
        CsvWriter csv = new CsvWriter(out);
        return export("CSV", filter, scope, sort, zone, locale, new RowSink() {
            @Override
            public void row(List<?> cells) throws IOException {
                csv.row(cells);
            }

            @Override
            public void finish() throws IOException {
                csv.finish();
            }
        });
    }

    /** Writes the matching reports as an XLSX workbook of one sheet; returns the number of rows. */
    @PreAuthorize("hasRole('OFFICER')")
    public long writeXlsx(
            ReportFilter filter, ReportScope scope, ReportSort sort, ZoneId zone, Locale locale, OutputStream out)
            throws IOException {
        XlsxSheet sheet = new XlsxSheet(out, message("report.export.sheet", locale));
        return export("XLSX", filter, scope, sort, zone, locale, sheet);
    }

    /** The first row of every export. */
    List<String> header(ZoneId zone, Locale locale) {
        String zoneName = TimeZones.abbreviation(zone);
        return COLUMNS.stream()
                .map(column -> messages.getMessage("report.export.column." + column, new Object[] {zoneName}, locale))
                .toList();
    }

    private long export(
            String format,
            ReportFilter filter,
            ReportScope scope,
            ReportSort sort,
            ZoneId zone,
            Locale locale,
            RowSink sink)
            throws IOException {
        SqlFragment query = SqlFragment.of(EXPORT_SELECT)
                .plus(ReportConditions.where(filter, scope, zone))
                .plus(" order by " + sort.orderBy() + " limit " + MAX_ROWS);
        long[] rows = {0};
        boolean complete = false;
        try {
            sink.header(header(zone, locale));
            // The PostgreSQL driver reads with a cursor, FETCH_SIZE rows at a time, only inside a transaction.
            readOnly.executeWithoutResult(
                    transaction -> query.on(jdbc).withFetchSize(FETCH_SIZE).query(rs -> {
                        try {
                            sink.row(cells(rs, zone, locale));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        rows[0]++;
                    }));
            sink.finish();
            complete = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            // Also when the download broke off: the rows sent so far have left the system.
            audit.record(
                    AuditAction.EXPORT,
                    AUDIT_TARGET,
                    null,
                    "format=" + format + "; " + filter.describe() + "; rows=" + rows[0]
                            + (complete ? "" : " (incomplete)"));
        }
        return rows[0];
    }

    private List<Object> cells(ResultSet rs, ZoneId zone, Locale locale) throws SQLException {
        List<Object> cells = new ArrayList<>(COLUMNS.size());
        cells.add(rs.getLong("id"));
        cells.add(localTime(Rows.instant(rs, "observed_at"), zone));
        cells.add(label(ReportStatus.valueOf(rs.getString("status")), locale));
        cells.add(rs.getString("full_name"));
        cells.add(rs.getString("nationality"));
        cells.add(countries.name(rs.getString("nationality"), locale));
        cells.add(label(Sex.valueOf(rs.getString("sex")), locale));
        cells.add(Rows.localDate(rs, "birth_date"));
        cells.add(rs.getObject("approximate_age", Integer.class));
        cells.add(rs.getString("passport_number"));
        cells.add(label(PermitType.valueOf(rs.getString("permit_type")), locale));
        cells.add(rs.getString("permit_number"));
        cells.add(Rows.localDate(rs, "permit_expiry"));
        cells.add(rs.getString("sponsor"));
        cells.add(rs.getString("occupation"));
        cells.add(rs.getString("region_code"));
        cells.add(rs.getString("village"));
        cells.add(rs.getString("district"));
        cells.add(rs.getString("regency"));
        cells.add(rs.getString("province"));
        cells.add(rs.getString("address"));
        cells.add(rs.getBigDecimal("latitude"));
        cells.add(rs.getBigDecimal("longitude"));
        cells.add(label(PlaceType.valueOf(rs.getString("place_type")), locale));
        cells.add(labels(Rows.enumList(rs, "activities", Activity.class), locale));
        cells.add(labels(Rows.enumList(rs, "indications", Indication.class), locale));
        cells.add(label(ReportSource.valueOf(rs.getString("source")), locale));
        cells.add(rs.getString("narrative"));
        cells.add(rs.getString("reporting_agency"));
        cells.add(rs.getString("handling_agency"));
        cells.add(rs.getString("reporter"));
        cells.add(localTime(Rows.instant(rs, "created_at"), zone));
        return cells;
    }

    private static Object localTime(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDateTime();
    }

    private String label(Labelled value, Locale locale) {
        return message(value.messageKey(), locale);
    }

    private String labels(List<? extends Labelled> values, Locale locale) {
        return values.isEmpty()
                ? null
                : values.stream().map(value -> label(value, locale)).collect(Collectors.joining("; "));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Where the rows of an export go. */
    interface RowSink {

        default void header(List<String> names) throws IOException {
            row(names);
        }

        void row(List<?> cells) throws IOException;

        void finish() throws IOException;
    }
}
