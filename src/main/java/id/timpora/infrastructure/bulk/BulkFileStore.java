package id.timpora.infrastructure.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps an uploaded file in the database, in chunks of {@link #CHUNK} bytes, so that it is written from the upload
 * stream and read back as a stream (any node can read it; a bytea of the whole file would be loaded whole).
 */
@Component
class BulkFileStore {

    static final int CHUNK = 256 * 1024;

    private final JdbcClient jdbc;

    BulkFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the stream as the upload's chunks; returns its size. Refuses a file over {@code maxBytes}. */
    long write(long uploadId, InputStream in, long maxBytes) throws IOException {
        long size = 0;
        int seq = 0;
        while (true) {
            byte[] chunk = in.readNBytes(CHUNK);
            if (chunk.length == 0) {
                return size;
            }
            size += chunk.length;
            if (size > maxBytes) {
                throw new BulkFileRefused("bulk.file.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
            }
            jdbc.sql("insert into bulk_upload_chunk (upload_id, seq, data) values (:id, :seq, :data)")
                    .param("id", uploadId)
                    .param("seq", seq++)
                    .param("data", chunk)
                    .update();
            if (chunk.length < CHUNK) {
                return size;
            }
        }
    }

    /** The stored file as a stream that loads one chunk at a time. */
    InputStream open(long uploadId) {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private int seq;
            private boolean end;

            private boolean fill() {
                while (!end && position >= chunk.length) {
                    Optional<byte[]> next = jdbc.sql(
                                    "select data from bulk_upload_chunk where upload_id = :id and seq = :seq")
                            .param("id", uploadId)
                            .param("seq", seq++)
                            .query(byte[].class)
                            .optional();
                    if (next.isEmpty()) {
                        end = true;
                    } else {
                        chunk = next.get();
                        position = 0;
                    }
                }
                return position < chunk.length;
            }

            @Override
            public int read() {
                return fill() ? chunk[position++] & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
    }

    void delete(long uploadId) {
        jdbc.sql("delete from bulk_upload_chunk where upload_id = :id")
                .param("id", uploadId)
                .update();
    }
}
