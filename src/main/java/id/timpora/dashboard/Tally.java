package id.timpora.dashboard;

/**
 * One bar of a chart: a value of a dimension and how many reports have it.
 *
 * @param code the stored value (a status, an ISO country code, ...), null for "the others"
 * @param messageKey its label in the bundles, or null where the template names it (countries)
 */
public record Tally(String code, String messageKey, long count) {

    /** The share of the largest bar, in whole percent: the width of a bar drawn in CSS (the PDF). */
    public long percentOf(long largest) {
        return largest <= 0 ? 0 : Math.round(100.0 * count / largest);
    }
}
