package id.timpora.infrastructure.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.bulk.BulkJob.KnownRows;
import id.timpora.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The mechanism end to end against PostgreSQL, with a consumer that exists only here: it "imports" passports into a
 * set, so that known rows and repeated uploads can be checked without any feature.
 */
class BulkUploadsTest extends IntegrationTest {

    private static final String HEADER =
            "Nama Lengkap;Kewarganegaraan;Jenis Kelamin;Tanggal Lahir;Nomor Paspor;Masa Berlaku Paspor;Waktu Check-in\n";

    @Autowired
    BulkUploads uploads;

    private final Set<String> imported = ConcurrentHashMap.newKeySet();
    private BulkJob job;
    private long owner;

    @BeforeEach
    void setUp() {
        job = new BulkJob("test-guests", UUID.randomUUID().toString(), TestSpecs.guests());
        owner = accounts.idOf(accounts.create("OFFICER"));
    }

    private KnownRows known() {
        return rows -> (int) rows.stream()
                .filter(row -> imported.contains(row.text("passport")))
                .count();
    }

    private List<BulkJob.Imported> importRows(List<BulkRow> rows) {
        List<BulkJob.Imported> result = new ArrayList<>();
        for (BulkRow row : rows) {
            result.add(new BulkJob.Imported(row.number(), row.number(), imported.add(row.text("passport"))));
        }
        return result;
    }

    private long upload(String name, String text) {
        return uploads.upload(
                job, owner, name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), known());
    }

    private static final String FILE = HEADER
            + "Anna;Swedia;P;1974-08-12;S1;2030-01-01;2026-12-01 10:00\n"
            + "Bob;Atlantis;L;1974-08-12;S2;;2026-12-01 10:00\n"
            + "Carl;Jerman;L;1974-08-12;S3;;2026-12-01 10:00\n"
            + "Dora;Jerman;P;2027-01-01;;;2026-12-01 10:00\n"
            + "Eve;=1+2;P;1974-08-12;S5;;2026-12-01 10:00\n";

    @Test
    void previewCountsRowsAndListsErrorsWhileNothingIsImported() {
        long id = upload("tamu.csv", FILE);
        BulkPreview preview = uploads.preview(job, id, owner, PageRequest.of(0, 50));
        assertThat(preview.validRows()).isEqualTo(2);
        assertThat(preview.errorRows()).isEqualTo(3);
        assertThat(preview.totalRows()).isEqualTo(5);
        assertThat(preview.errors().getContent())
                .extracting(BulkProblem::row, BulkProblem::column, BulkProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "Kewarganegaraan", "bulk.error.country"),
                        org.assertj.core.groups.Tuple.tuple(5, "Nomor Paspor", "bulk.error.required"),
                        org.assertj.core.groups.Tuple.tuple(5, "Tanggal Lahir", "test.birthAfterCheckIn"),
                        org.assertj.core.groups.Tuple.tuple(6, "Kewarganegaraan", "bulk.error.formula"));
        assertThat(preview.samples()).extracting(BulkPreview.Sample::row).containsExactly(2, 4);
        assertThat(preview.samples().get(0).cells()).startsWith("Anna", "Swedia", "P");
        assertThat(preview.confirmable()).isTrue();
        assertThat(imported).isEmpty();
        Long chunks = jdbc.queryForObject("select count(*) from bulk_upload_chunk where upload_id = ?", Long.class, id);
        assertThat(chunks).isEqualTo(1);
    }

    @Test
    void confirmImportsOnlyValidRowsOnceAndForgetsTheFile() {
        long id = upload("tamu.csv", FILE);
        BulkOutcome first = uploads.confirm(job, id, owner, this::importRows);
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.repeated()).isFalse();
        assertThat(imported).containsExactlyInAnyOrder("S1", "S3");

        BulkOutcome second = uploads.confirm(job, id, owner, rows -> {
            throw new AssertionError("a second confirmation must not import");
        });
        assertThat(second.repeated()).isTrue();
        assertThat(second.imported()).isEqualTo(2);

        BulkPreview after = uploads.preview(job, id, owner, PageRequest.of(0, 50));
        assertThat(after.imported()).isTrue();
        assertThat(after.importedRows()).isEqualTo(2);
        assertThat(after.confirmable()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from bulk_upload_chunk where upload_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from bulk_upload_sample where upload_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void aSecondUploadOfTheSameRowsKnowsThemAndImportsNothingNew() {
        uploads.confirm(job, upload("tamu.csv", FILE), owner, this::importRows);
        long again = upload(
                "tamu-minggu-depan.csv",
                HEADER + "Anna;Swedia;P;1974-08-12;S1;2030-01-01;2026-12-01 10:00\n"
                        + "Finn;Finlandia;L;1980-01-01;S6;;2026-12-08 10:00\n");
        BulkPreview preview = uploads.preview(job, again, owner, PageRequest.of(0, 50));
        assertThat(preview.validRows()).isEqualTo(2);
        assertThat(preview.knownRows()).isEqualTo(1);
        assertThat(preview.newRows()).isEqualTo(1);
        assertThat(uploads.confirm(job, again, owner, this::importRows).imported())
                .isEqualTo(1);
    }

    @Test
    void onlyTheOwnerFindsTheUploadAndOnlyForItsFeatureAndTarget() {
        long id = upload("tamu.csv", FILE);
        long stranger = accounts.idOf(accounts.create("OFFICER"));
        assertThatThrownBy(() -> uploads.preview(job, id, stranger, PageRequest.of(0, 50)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> uploads.confirm(job, id, stranger, this::importRows))
                .isInstanceOf(NotFoundException.class);
        BulkJob otherTarget = new BulkJob(job.feature(), "another", job.spec());
        assertThatThrownBy(() -> uploads.preview(otherTarget, id, owner, PageRequest.of(0, 50)))
                .isInstanceOf(NotFoundException.class);
        assertThat(imported).isEmpty();
    }

    @Test
    void aRefusedFileLeavesNothingBehind() {
        Long before =
                jdbc.queryForObject("select count(*) from bulk_upload where target = ?", Long.class, job.target());
        assertThatThrownBy(() -> upload("tamu.csv", "Nama Lengkap;Waktu Check-in\nX;2026-12-01 10:00\n"))
                .isInstanceOf(BulkFileRefused.class)
                .extracting("messageKey")
                .isEqualTo("bulk.file.missingColumns");
        assertThatThrownBy(() -> upload("tamu.docx", FILE))
                .isInstanceOf(BulkFileRefused.class)
                .extracting("messageKey")
                .isEqualTo("bulk.file.format");
        assertThat(jdbc.queryForObject("select count(*) from bulk_upload where target = ?", Long.class, job.target()))
                .isEqualTo(before);
    }

    @Test
    void expiredUploadsAreCleanedUp() {
        long id = upload("tamu.csv", FILE);
        jdbc.update("update bulk_upload set expires_at = now() - interval '1 minute' where id = ?", id);
        assertThat(uploads.cleanUp()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from bulk_upload where id = ?", Long.class, id))
                .isZero();
    }

    /** 50,000 rows stream through upload, preview and confirm; the file is generated as it is read. */
    @Test
    void handlesFiftyThousandRowsAsAStream() {
        int rows = 50_000;
        InputStream generated = new InputStream() {
            private byte[] current = HEADER.getBytes(StandardCharsets.UTF_8);
            private int position;
            private int row;

            @Override
            public int read() {
                if (position >= current.length) {
                    if (row >= rows) {
                        return -1;
                    }
                    row++;
                    String nationality = row % 1000 == 0 ? "Atlantis" : "Jerman";
                    current = ("Orang " + row + ";" + nationality + ";L;1980-01-01;P" + row
                                    + ";2031-01-01;2026-12-01 10:00\n")
                            .getBytes(StandardCharsets.UTF_8);
                    position = 0;
                }
                return current[position++] & 0xff;
            }
        };
        long id = uploads.upload(job, owner, "besar.csv", generated, known());
        BulkPreview preview = uploads.preview(job, id, owner, PageRequest.of(1, 20));
        assertThat(preview.totalRows()).isEqualTo(rows);
        assertThat(preview.errorRows()).isEqualTo(50);
        assertThat(preview.validRows()).isEqualTo(rows - 50);
        assertThat(preview.errors().getTotalElements()).isEqualTo(50);
        assertThat(preview.errors().getContent()).hasSize(20).first().satisfies(e -> assertThat(e.row())
                .isEqualTo(21 * 1000 + 1));
        List<Integer> batches = new ArrayList<>();
        List<Integer> sizes = java.util.Collections.synchronizedList(batches);
        BulkOutcome outcome = uploads.confirm(job, id, owner, batch -> {
            sizes.add(batch.size());
            return importRows(batch);
        });
        assertThat(outcome.background()).isTrue();
        BulkPreview running = uploads.preview(job, id, owner, PageRequest.of(0, 20));
        assertThat(running.status()).isIn(BulkPreview.Status.IMPORTING, BulkPreview.Status.IMPORTED);
        // a second confirmation while it runs does nothing
        assertThat(uploads.confirm(job, id, owner, batch -> {
                            throw new AssertionError("a second confirmation must not import");
                        })
                        .repeated())
                .isTrue();
        BulkPreview done = waitUntilImported(id);
        assertThat(done.importedRows()).isEqualTo(rows - 50);
        assertThat(done.doneRows()).isEqualTo(rows - 50);
        assertThat(imported).hasSize(rows - 50);
        assertThat(batches).allMatch(size -> size <= uploads.properties().batchSize());
        assertThat(batches.size()).isGreaterThan(90);
    }

    private BulkPreview waitUntilImported(long id) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
        while (true) {
            BulkPreview preview = uploads.preview(job, id, owner, PageRequest.of(0, 20));
            if (preview.status() != BulkPreview.Status.IMPORTING || System.nanoTime() > until) {
                assertThat(preview.status()).isEqualTo(BulkPreview.Status.IMPORTED);
                return preview;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
