package id.timpora.intake;

/** A public report refused before anything was saved: too many from the client or from everyone. */
public class IntakeRefused extends RuntimeException {

    public enum Reason {
        CLIENT_LIMIT,
        GLOBAL_LIMIT
    }

    private final Reason reason;

    public IntakeRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
