package id.timpora.common;

/**
 * A record that does not exist or that the user may not see: both answer 404, so that guessing ids reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found", null, false, false);
    }
}
