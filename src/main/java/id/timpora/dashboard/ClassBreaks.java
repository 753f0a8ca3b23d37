package id.timpora.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend of the choropleth: upper bounds of up to five classes of the non-zero counts, at their quantiles rounded
 * up to two significant digits, so each colour holds about as many areas and the bounds read easily.
 * A count falls in the first class whose bound is at least the count; 0 has a colour of its own.
 */
final class ClassBreaks {

    static final int CLASSES = 5;

    private ClassBreaks() {}

    static List<Long> of(List<Long> counts) {
        List<Long> values = counts.stream().filter(count -> count > 0).sorted().toList();
        List<Long> breaks = new ArrayList<>();
        if (values.isEmpty()) {
            return breaks;
        }
        for (int i = 1; i <= CLASSES; i++) {
            int index = (int) Math.ceil((double) i * values.size() / CLASSES) - 1;
            long bound = i == CLASSES ? values.get(values.size() - 1) : nice(values.get(index));
            if (breaks.isEmpty() || bound > breaks.get(breaks.size() - 1)) {
                breaks.add(bound);
            }
        }
        long max = values.get(values.size() - 1);
        // the rounding may have passed the largest count: the last class ends there
        while (breaks.size() > 1 && breaks.get(breaks.size() - 2) >= max) {
            breaks.remove(breaks.size() - 1);
        }
        breaks.set(breaks.size() - 1, Math.max(max, breaks.get(breaks.size() - 1)));
        return breaks;
    }

    /** The value rounded up to two significant digits (7,234 to 7,300): close counts stay apart, and read easily. */
    static long nice(long value) {
        long unit = 1;
        while (value / unit >= 100) {
            unit *= 10;
        }
        return (value + unit - 1) / unit * unit;
    }
}
