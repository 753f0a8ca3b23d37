package id.timpora.infrastructure.web;

import id.timpora.infrastructure.bulk.BulkSpec;
import id.timpora.infrastructure.bulk.BulkTemplates;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The template of a bulk upload as a download, XLSX or CSV, generated from its spec. */
public final class BulkTemplateDownload {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private BulkTemplateDownload() {}

    /** {@code format} is "xlsx" or "csv"; {@code baseName} the file name without extension. */
    public static ResponseEntity<StreamingResponseBody> of(BulkSpec spec, String format, String baseName) {
        boolean csv = "csv".equalsIgnoreCase(format);
        StreamingResponseBody body =
                out -> {
                    if (csv) {
                        BulkTemplates.writeCsv(spec, out);
                    } else {
                        BulkTemplates.writeXlsx(spec, out);
                    }
                };
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(baseName + (csv ? ".csv" : ".xlsx"), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
