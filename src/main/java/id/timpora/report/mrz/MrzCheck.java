package id.timpora.report.mrz;

import org.springframework.context.MessageSourceResolvable;

/**
 * One check digit of the zone: which part it guards (a message key, e.g. {@code mrz.part.documentNumber.PASSPORT}),
 * the character written in the zone and the digit the 7-3-1 rule gives. The check digit of an empty personal number
 * (TD3) may be written as a filler {@code <}; {@code fillerAllowed} says so.
 */
public record MrzCheck(String part, char written, char expected, boolean fillerAllowed) {

    public boolean ok() {
        return written == expected || (fillerAllowed && written == '<' && expected == '0');
    }

    public MessageSourceResolvable partName() {
        return MrzProblem.part(part);
    }
}
