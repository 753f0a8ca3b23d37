package id.timpora.report.mrz;

import id.timpora.common.Labelled;

/** The ICAO Doc 9303 layouts of a machine-readable zone: lines × characters. Labels under {@code mrz.format.*}. */
public enum MrzFormat implements Labelled {
    /** Passports and other travel documents in booklet form (Part 4): 2 × 44. */
    TD3(2, 44),
    /** Size-2 cards and travel documents (Part 6): 2 × 36. */
    TD2(2, 36),
    /** Size-1 cards, e.g. identity cards (Part 5): 3 × 30. */
    TD1(3, 30),
    /** Full-size visa (Part 7): 2 × 44, document code V. */
    MRV_A(2, 44),
    /** Small visa (Part 7): 2 × 36, document code V. */
    MRV_B(2, 36);

    private final int lines;
    private final int length;

    MrzFormat(int lines, int length) {
        this.lines = lines;
        this.length = length;
    }

    public int lines() {
        return lines;
    }

    public int length() {
        return length;
    }

    public boolean visa() {
        return this == MRV_A || this == MRV_B;
    }

    @Override
    public String messageKey() {
        return "mrz.format." + name();
    }
}
