package id.timpora.infrastructure.bulk;

import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.bulk.BulkJob.KnownRows;
import id.timpora.infrastructure.bulk.BulkJob.RowImporter;
import id.timpora.infrastructure.bulk.BulkPreview.Sample;
import id.timpora.infrastructure.bulk.BulkPreview.Status;
import id.timpora.infrastructure.bulk.BulkReader.CheckedRow;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.SqlFragment;
import jakarta.annotation.PreDestroy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one bulk-upload mechanism every feature reuses: upload → the file is kept server-side and checked row by row →
 * the preview (counts, the first valid rows, the row errors page by page) → the owner confirms → the file is read
 * again and its valid rows are handed to the feature in batches, one transaction per batch. A second confirmation does
 * nothing. Only the owner finds an upload, and only with the feature and target it was made for; anyone else gets
 * {@link NotFoundException}. The feature checks who may upload for which target before calling.
 */
@Service
public class BulkUploads {

    private static final Logger log = LoggerFactory.getLogger(BulkUploads.class);
    private static final String SEPARATOR = "\u001F";
    private static final int CHECK_BATCH = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final BulkFileStore files;
    private final BulkProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Large imports, one or two at a time per node. */
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "bulk-import");
        thread.setDaemon(true);
        return thread;
    });

    BulkUploads(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batch,
            BulkFileStore files,
            BulkProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.files = files;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public BulkProperties properties() {
        return properties;
    }

    /**
     * Keeps the file and checks every row; returns the upload's id. A file that cannot be taken as a whole is a
     * {@link BulkFileRefused} and leaves nothing behind.
     */
    public long upload(BulkJob job, long ownerId, String fileName, InputStream content, KnownRows known) {
        String name = fileName == null || fileName.isBlank() ? "berkas" : CellValues.clip(fileName.strip(), 255);
        return transactions.execute(transaction -> {
            try {
                BufferedInputStream in = new BufferedInputStream(content, BulkFileStore.CHUNK);
                in.mark(16);
                byte[] head = in.readNBytes(16);
                in.reset();
                if (head.length == 0) {
                    throw new BulkFileRefused("bulk.file.empty", null);
                }
                BulkFormat format = BulkFormat.of(name, head);
                long id = jdbc.sql(
                                """
                                insert into bulk_upload (owner_id, feature, target, file_name, format, size_bytes,
                                                         status, created_at, expires_at)
                                values (:owner, :feature, :target, :name, :format, 0, 'CHECKED', :now, :expires)
                                returning id""")
                        .param("owner", ownerId)
                        .param("feature", job.feature())
                        .param("target", job.target())
                        .param("name", name)
                        .param("format", format.name())
                        .param("now", Timestamp.from(clock.instant()))
                        .param("expires", Timestamp.from(clock.instant().plus(properties.keep())))
                        .query(Long.class)
                        .single();
                long size = files.write(id, in, properties.maxSize().toBytes());
                check(job, id, format, size, known);
                return id;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The first reading: counts, sample rows and row errors into the upload's tables. */
    private void check(BulkJob job, long id, BulkFormat format, long size, KnownRows known) {
        int[] valid = {0};
        int[] errorRows = {0};
        int[] errorCount = {0};
        int[] knownRows = {0};
        List<BulkProblem> errors = new ArrayList<>();
        List<BulkRow> pending = new ArrayList<>();
        // the first reading writes nothing of the feature: its known-row lookups and error rows go in larger batches
        int batchSize = CHECK_BATCH;
        int total = new BulkReader(job.spec(), properties.maxRows()).read(format, files.open(id), row -> {
            if (row.valid()) {
                if (valid[0] < properties.sampleRows()) {
                    sample(id, row);
                }
                valid[0]++;
                pending.add(row.row());
                if (pending.size() >= batchSize) {
                    knownRows[0] += known.count(List.copyOf(pending));
                    pending.clear();
                }
            } else {
                errorRows[0]++;
                for (BulkProblem problem : row.problems()) {
                    if (errorCount[0]++ < properties.keptErrors()) {
                        errors.add(problem);
                    }
                }
                if (errors.size() >= batchSize) {
                    keepErrors(id, errors, errorCount[0] - errors.size());
                    errors.clear();
                }
            }
        });
        if (!pending.isEmpty()) {
            knownRows[0] += known.count(List.copyOf(pending));
        }
        keepErrors(id, errors, Math.min(errorCount[0], properties.keptErrors()) - errors.size());
        jdbc.sql(
                        """
                        update bulk_upload set size_bytes = :size, total_rows = :total, valid_rows = :valid,
                               error_rows = :errorRows, error_count = :errorCount, known_rows = :known
                         where id = :id""")
                .param("size", size)
                .param("total", total)
                .param("valid", valid[0])
                .param("errorRows", errorRows[0])
                .param("errorCount", errorCount[0])
                .param("known", knownRows[0])
                .param("id", id)
                .update();
    }

    private void sample(long id, CheckedRow row) {
        jdbc.sql("insert into bulk_upload_sample (upload_id, row_no, cells) values (:id, :row, :cells)")
                .param("id", id)
                .param("row", row.row().number())
                .param("cells", String.join(SEPARATOR, row.row().typed()).replace("\u0000", ""))
                .update();
    }

    private void keepErrors(long id, List<BulkProblem> errors, int firstSeq) {
        if (errors.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] rows = new MapSqlParameterSource[errors.size()];
        for (int i = 0; i < rows.length; i++) {
            BulkProblem problem = errors.get(i);
            rows[i] = new MapSqlParameterSource()
                    .addValue("id", id)
                    .addValue("seq", firstSeq + i)
                    .addValue("row", problem.row())
                    .addValue("column", problem.column())
                    .addValue("key", problem.messageKey())
                    .addValue(
                            "argument",
                            problem.argument() == null
                                    ? null
                                    : problem.argument().replace("\u0000", ""));
        }
        batch.batchUpdate(
                """
                insert into bulk_upload_error (upload_id, seq, row_no, column_name, message_key, argument)
                values (:id, :seq, :row, :column, :key, :argument)""",
                rows);
    }

    /** The owner's upload for this feature and target, with one page of its errors; anyone else: not found. */
    public BulkPreview preview(BulkJob job, long id, long ownerId, Pageable errorPage) {
        Head head = head(job, id, ownerId);
        var errors = PagedList.of(
                        "select row_no, column_name, message_key, argument",
                        SqlFragment.of(" from bulk_upload_error where upload_id = :id", "id", id),
                        " order by seq")
                .page(jdbc, ERROR, errorPage);
        List<Sample> samples = jdbc.sql(
                        "select row_no, cells from bulk_upload_sample where upload_id = :id order by" + " row_no")
                .param("id", id)
                .query((rs, n) -> new Sample(
                        rs.getInt("row_no"), Arrays.asList(rs.getString("cells").split(SEPARATOR, -1))))
                .list();
        return new BulkPreview(
                id,
                head.fileName,
                head.format,
                head.status,
                head.total,
                head.valid,
                head.errorRows,
                head.known,
                head.errorCount,
                head.imported,
                head.done,
                head.createdAt,
                head.importedAt,
                job.spec().columns().stream().map(BulkColumn::header).toList(),
                samples,
                errors);
    }

    /**
     * Imports the valid rows of the owner's upload, {@code timpora.bulk.batch-size} rows per transaction: within the
     * request, or — from {@code background-from} valid rows — on a background thread of this node while the preview
     * page shows the progress. Only one confirmation runs: a second one (or one while the first is still running) does
     * nothing and says so. A failure half-way (or a node that stopped: cleanup marks an import without progress for
     * {@link #STALE} as failed) leaves the batches done so far imported and the upload confirmable again; the
     * feature's own keys make the rows already imported count as known.
     */
    public BulkOutcome confirm(BulkJob job, long id, long ownerId, RowImporter importer) {
        Head head = head(job, id, ownerId);
        int claimed = jdbc.sql(
                        """
                        update bulk_upload set status = 'IMPORTING', done_rows = 0, progress_at = :now
                         where id = :id and owner_id = :owner and status in ('CHECKED', 'FAILED')""")
                .param("id", id)
                .param("owner", ownerId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (claimed == 0) {
            return new BulkOutcome(id, head.valid, head.imported, true, false);
        }
        if (head.valid >= properties.backgroundFrom()) {
            Runnable task = new DelegatingSecurityContextRunnable(() -> {
                try {
                    importAll(job, id, head.format, head.valid, importer);
                } catch (RuntimeException e) {
                    // logged and marked FAILED by importAll
                }
            });
            try {
                background.execute(task);
            } catch (RejectedExecutionException e) {
                markFailed(id);
                throw e;
            }
            return new BulkOutcome(id, head.valid, 0, false, true);
        }
        return new BulkOutcome(id, head.valid, importAll(job, id, head.format, head.valid, importer), false, false);
    }

    /** An import that made no progress for this long is taken for dead (its node stopped) and may be confirmed again. */
    static final Duration STALE = Duration.ofMinutes(15);

    private int importAll(BulkJob job, long id, BulkFormat format, int expectedValid, RowImporter importer) {
        int[] imported = {0};
        int[] seen = {0};
        List<BulkRow> pending = new ArrayList<>();
        try {
            new BulkReader(job.spec(), properties.maxRows()).read(format, files.open(id), row -> {
                if (row.valid()) {
                    seen[0]++;
                    pending.add(row.row());
                    if (pending.size() >= properties.batchSize()) {
                        imported[0] += importBatch(id, importer, pending);
                    }
                }
            });
            if (!pending.isEmpty()) {
                imported[0] += importBatch(id, importer, pending);
            }
        } catch (RuntimeException e) {
            log.warn("Bulk upload {} failed after {} imported rows", id, imported[0], e);
            markFailed(id);
            throw e;
        }
        if (seen[0] != expectedValid) {
            // the rules changed between preview and confirmation (a check-in now in the past, an organisation
            // deactivated)
            log.info("Bulk upload {}: {} valid rows at confirmation, {} in the preview", id, seen[0], expectedValid);
        }
        transactions.executeWithoutResult(transaction -> {
            importer.finish();
            jdbc.sql("update bulk_upload set status = 'IMPORTED', imported_at = :now where id = :id")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
            forgetContent(id);
        });
        return imported[0];
    }

    private void markFailed(long id) {
        jdbc.sql("update bulk_upload set status = 'FAILED' where id = :id and status = 'IMPORTING'")
                .param("id", id)
                .update();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private int importBatch(long id, RowImporter importer, List<BulkRow> pending) {
        List<BulkRow> rows = List.copyOf(pending);
        pending.clear();
        Integer n = transactions.execute(transaction -> {
            List<BulkJob.Imported> imported = importer.importRows(rows);
            MapSqlParameterSource[] items = imported.stream()
                    .map(item -> new MapSqlParameterSource()
                            .addValue("id", id)
                            .addValue("row", item.row())
                            .addValue("record", item.recordId())
                            .addValue("created", item.created()))
                    .toArray(MapSqlParameterSource[]::new);
            batch.batchUpdate(
                    """
                    insert into bulk_upload_item (upload_id, row_no, record_id, created)
                    values (:id, :row, :record, :created)
                    on conflict (upload_id, row_no) do nothing""",
                    items);
            int created =
                    (int) imported.stream().filter(BulkJob.Imported::created).count();
            jdbc.sql(
                            """
                            update bulk_upload set imported_rows = imported_rows + :created, done_rows = done_rows + :done,
                                   progress_at = :now
                             where id = :id""")
                    .param("created", created)
                    .param("done", rows.size())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
            return created;
        });
        return n == null ? 0 : n;
    }

    /** What the rows of the owner's upload became, one page (in row order). */
    public org.springframework.data.domain.Page<BulkJob.Imported> items(
            BulkJob job, long id, long ownerId, Pageable pageable) {
        head(job, id, ownerId);
        return PagedList.of(
                        "select row_no, record_id, created",
                        SqlFragment.of(" from bulk_upload_item where upload_id = :id", "id", id),
                        " order by row_no")
                .page(
                        jdbc,
                        (rs, n) -> new BulkJob.Imported(
                                rs.getInt("row_no"), rs.getLong("record_id"), rs.getBoolean("created")),
                        pageable);
    }

    /** The file, its samples and errors hold personal data: gone once imported. */
    private void forgetContent(long id) {
        files.delete(id);
        jdbc.sql("delete from bulk_upload_sample where upload_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from bulk_upload_error where upload_id = :id")
                .param("id", id)
                .update();
    }

    /** Deletes what waited too long for its confirmation, and the content of imported uploads. */
    int cleanUp() {
        Instant now = clock.instant();
        jdbc.sql("update bulk_upload set status = 'FAILED' where status = 'IMPORTING' and progress_at < :stale")
                .param("stale", Timestamp.from(now.minus(STALE)))
                .update();
        int expired = jdbc.sql("delete from bulk_upload where status <> 'IMPORTED' and expires_at < :now")
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("delete from bulk_upload where created_at < :old")
                .param("old", Timestamp.from(now.minus(Duration.ofDays(366))))
                .update();
        return expired;
    }

    private record Head(
            String fileName,
            BulkFormat format,
            Status status,
            int total,
            int valid,
            int errorRows,
            int known,
            int errorCount,
            int imported,
            int done,
            Instant createdAt,
            Instant importedAt) {}

    private Head head(BulkJob job, long id, long ownerId) {
        return jdbc.sql(
                        """
                        select file_name, format, status, total_rows, valid_rows, error_rows, known_rows,
                               error_count, imported_rows, done_rows, created_at, imported_at
                          from bulk_upload
                         where id = :id and owner_id = :owner and feature = :feature and target = :target""")
                .param("id", id)
                .param("owner", ownerId)
                .param("feature", job.feature())
                .param("target", job.target())
                .query((rs, n) -> new Head(
                        rs.getString("file_name"),
                        BulkFormat.valueOf(rs.getString("format")),
                        Status.valueOf(rs.getString("status")),
                        rs.getInt("total_rows"),
                        rs.getInt("valid_rows"),
                        rs.getInt("error_rows"),
                        rs.getInt("known_rows"),
                        rs.getInt("error_count"),
                        rs.getInt("imported_rows"),
                        rs.getInt("done_rows"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("imported_at") == null
                                ? null
                                : rs.getTimestamp("imported_at").toInstant()))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    private static final RowMapper<BulkProblem> ERROR = (rs, n) -> new BulkProblem(
            rs.getInt("row_no"), rs.getString("column_name"), rs.getString("message_key"), rs.getString("argument"));
}
