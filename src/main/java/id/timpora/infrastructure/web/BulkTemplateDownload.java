package id.timpora.infrastructure.web;

import id.timpora.infrastructure.bulk.BulkSpec;
import id.timpora.infrastructure.bulk.BulkTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The template of a bulk upload as a download, XLSX or CSV, generated from its spec (a few kilobytes). */
public final class BulkTemplateDownload {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private BulkTemplateDownload() {}

    /** {@code format} is "xlsx" or "csv"; {@code baseName} the file name without extension. */
    public static ResponseEntity<byte[]> of(BulkSpec spec, String format, String baseName) {
        boolean csv = "csv".equalsIgnoreCase(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (csv) {
                BulkTemplates.writeCsv(spec, out);
            } else {
                BulkTemplates.writeXlsx(spec, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(baseName + (csv ? ".csv" : ".xlsx"), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(out.toByteArray());
    }
}
