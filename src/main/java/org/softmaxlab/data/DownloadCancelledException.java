package org.softmaxlab.data;

/** A download stopped by {@link DatasetDownloader#cancel()} or by interrupting its thread. */
public class DownloadCancelledException extends DatasetException {

    private static final long serialVersionUID = 1L;

    public DownloadCancelledException(String message) {
        super(message);
    }
}
