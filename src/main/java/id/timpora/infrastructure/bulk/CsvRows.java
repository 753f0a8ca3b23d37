package id.timpora.infrastructure.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: UTF-8 with or without a byte-order mark, comma or semicolon (Indonesian Excel writes
 * {@code ;}) chosen from the header line, quoted fields with doubled quotes and line breaks inside, CRLF or LF. Only
 * the current record is held in memory; a field longer than {@link #MAX_FIELD} ends the reading (an unclosed quote
 * would otherwise swallow the rest of the file).
 */
final class CsvRows implements SourceRows {

    static final int MAX_FIELD = 10_000;

    private static final int MAX_FIELDS = 200;

    private final BufferedReader reader;
    private final char delimiter;
    private int record;

    CsvRows(InputStream input) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(input, 3);
        byte[] start = bytes.readNBytes(3);
        boolean bom = start.length == 3
                && (start[0] & 0xff) == 0xEF
                && (start[1] & 0xff) == 0xBB
                && (start[2] & 0xff) == 0xBF;
        if (!bom && start.length > 0) {
            bytes.unread(start);
        }
        this.reader = new BufferedReader(
                new InputStreamReader(
                        bytes,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
        this.delimiter = guessDelimiter();
    }

    char delimiter() {
        return delimiter;
    }

    /** The delimiter that occurs more often outside quotes in the first line; comma when neither does. */
    private char guessDelimiter() throws IOException {
        reader.mark(1 << 16);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        try {
            for (int i = 0; i < (1 << 16) - 1; i++) {
                int c = reader.read();
                if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                    break;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                }
            }
        } catch (CharacterCodingException e) {
            throw new BulkFileRefused("bulk.file.encoding", null);
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            return read();
        } catch (CharacterCodingException e) {
            throw new BulkFileRefused("bulk.file.encoding", String.valueOf(record + 1));
        }
    }

    private SourceRow read() throws IOException {
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        record++;
        List<SourceCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (c == 0) {
                throw new BulkFileRefused("bulk.file.format", null);
            }
            if (quoted) {
                if (c < 0) {
                    throw new BulkFileRefused("bulk.file.unclosedQuote", String.valueOf(record));
                }
                if (c == '"') {
                    reader.mark(1);
                    int after = reader.read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (after >= 0) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                add(cells, field);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r' || c < 0) {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                add(cells, field);
                return new SourceRow(record, cells);
            } else {
                field.append((char) c);
            }
            if (field.length() > MAX_FIELD) {
                throw new BulkFileRefused(
                        quoted ? "bulk.file.unclosedQuote" : "bulk.file.cellTooLong", String.valueOf(record));
            }
            c = reader.read();
        }
    }

    private void add(List<SourceCell> cells, StringBuilder field) {
        if (cells.size() >= MAX_FIELDS) {
            throw new BulkFileRefused("bulk.file.tooManyColumns", String.valueOf(record));
        }
        cells.add(SourceCell.text(field.toString()));
        field.setLength(0);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
