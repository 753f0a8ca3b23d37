package id.timpora.infrastructure.bulk;

/**
 * The file as a whole cannot be read (not CSV or XLSX, too large, no data, required columns missing …): nothing is
 * kept, and the upload form shows the message beside the file field.
 */
public class BulkFileRefused extends RuntimeException {

    private final String messageKey;
    private final String argument;

    public BulkFileRefused(String messageKey, String argument) {
        super(messageKey + (argument == null ? "" : ": " + argument));
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String messageKey() {
        return messageKey;
    }

    public String argument() {
        return argument;
    }

    public Object[] arguments() {
        return new Object[] {argument == null ? "" : argument};
    }
}
