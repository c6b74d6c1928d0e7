package org.softmaxlab.data;

/**
 * No searched place holds the data set. Unlike other {@link DatasetException}s this one has a
 * remedy the program can offer itself: downloading the files.
 */
public final class DatasetNotFoundException extends DatasetException {

    private static final long serialVersionUID = 1L;

    public DatasetNotFoundException(String message) {
        super(message);
    }
}
