package id.timpora.infrastructure.bulk;

import java.util.Locale;

/** The two kinds of file a bulk upload takes, told apart by their name and checked against their first bytes. */
public enum BulkFormat {
    CSV,
    XLSX;

    /** The format of a file by its name and first bytes; refuses anything else with a message for the user. */
    static BulkFormat of(String fileName, byte[] head) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole2 = head.length >= 4
                && (head[0] & 0xff) == 0xD0
                && (head[1] & 0xff) == 0xCF
                && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0;
        if (ole2 || name.endsWith(".xls")) {
            throw new BulkFileRefused("bulk.file.oldExcel", null);
        }
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new BulkFileRefused("bulk.file.unreadable", null);
            }
            return XLSX;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            if (zip || binary(head)) {
                throw new BulkFileRefused("bulk.file.format", null);
            }
            return CSV;
        }
        throw new BulkFileRefused("bulk.file.format", null);
    }

    private static boolean binary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F';
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
