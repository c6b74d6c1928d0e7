package org.softmaxlab.data;

import java.util.List;

/**
 * No searched place holds the data set. Unlike other {@link DatasetException}s this one has a
 * remedy the program can offer itself: downloading the files. The message lists the places and the
 * ways out in English for the command line; {@link #searched()} lets the window list them in its
 * own language.
 */
public final class DatasetNotFoundException extends DatasetException {

    private static final long serialVersionUID = 1L;

    private final transient List<SearchedPlace> searched;

    public DatasetNotFoundException(List<SearchedPlace> searched, String message) {
        super(message);
        this.searched = List.copyOf(searched);
    }

    /** The places searched, in order, each with why it did not hold the data set. */
    public List<SearchedPlace> searched() {
        return searched;
    }
}
