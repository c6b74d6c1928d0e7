package org.softmaxlab.data;

import java.util.List;
import java.util.Optional;

/**
 * No searched place holds the data set. Unlike other {@link DatasetException}s this one has a
 * remedy the program can offer itself: downloading the files. The message lists the places and the
 * ways out in English for the command line; {@link #searched()} lets the window list them in its
 * own language.
 */
public final class DatasetNotFoundException extends DatasetException {

    private static final long serialVersionUID = 1L;

    private final transient List<SearchedPlace> searched;
    private final DatasetDownloadException downloadFailure;

    public DatasetNotFoundException(List<SearchedPlace> searched, String message) {
        this(searched, null, message);
    }

    /** Not found, and a download tried as the way out failed with {@code downloadFailure} (may be null). */
    public DatasetNotFoundException(List<SearchedPlace> searched, DatasetDownloadException downloadFailure,
            String message) {
        super(message, downloadFailure);
        this.searched = List.copyOf(searched);
        this.downloadFailure = downloadFailure;
    }

    /** The download that failed after the search, if one was tried. */
    public Optional<DatasetDownloadException> downloadFailure() {
        return Optional.ofNullable(downloadFailure);
    }

    /** The places searched, in order, each with why it did not hold the data set. */
    public List<SearchedPlace> searched() {
        return searched;
    }
}
