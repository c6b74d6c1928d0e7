package org.softmaxlab.inspect;

/** A picture that cannot be turned into a model input; the message names the file and what to do. */
public final class ImageImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImageImportException(String message) {
        super(message);
    }

    public ImageImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
