package id.timpora.common;

/** Someone else saved the record after this user opened it; the save is refused, never silently overwritten. */
public class EditConflict extends RuntimeException {

    public static final String MESSAGE_KEY = "form.conflict";

    public EditConflict() {
        super("edit conflict", null, false, false);
    }
}
