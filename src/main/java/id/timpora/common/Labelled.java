package id.timpora.common;

/** A value of a closed vocabulary whose label lives in the message bundles (checked by MessageBundleTest). */
public interface Labelled {

    String messageKey();
}
