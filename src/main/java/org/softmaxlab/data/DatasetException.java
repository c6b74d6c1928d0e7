package org.softmaxlab.data;

/**
 * A data set that cannot be used: missing, unreadable, corrupt or truncated files, or a failed
 * download. The message names the file and the problem so a person can act on it.
 */
public class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
