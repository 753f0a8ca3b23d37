package id.timpora.common;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as people read it: "151 B", "12 KB", "1,4 MB" (decimals in the page's language). */
public final class FileSize {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private FileSize() {}

    public static String label(long bytes, Locale locale) {
        if (bytes < KB) {
            return bytes + " B";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale == null ? Locale.ROOT : locale);
        number.setMaximumFractionDigits(1);
        number.setMinimumFractionDigits(0);
        if (bytes < MB) {
            // 1,5 KB rather than 2 KB for small files; whole kilobytes from 10 KB
            if (bytes >= 10 * KB) {
                number.setMaximumFractionDigits(0);
            }
            return number.format(bytes / (double) KB) + " KB";
        }
        return number.format(bytes / (double) MB) + " MB";
    }
}
