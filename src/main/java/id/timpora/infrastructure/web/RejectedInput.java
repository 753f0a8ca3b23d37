package id.timpora.infrastructure.web;

/**
 * Input no person types but an attacker sends: a NUL byte in text (PostgreSQL cannot store it). The binder turns it
 * into a message beside the field of a form being saved, and into a 400 page for anything else; see
 * {@link ErrorHandling}. Dates in a year no calendar of ours has are refused where every date is read, in
 * {@link id.timpora.common.TypedInput}.
 */
public final class RejectedInput extends IllegalArgumentException {

    public static final String NUL = "input.nul";

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public RejectedInput(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    static String requireNoNul(String text) {
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw new RejectedInput(NUL);
        }
        return text;
    }
}
