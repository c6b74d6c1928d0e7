package org.softmaxlab.data;

/**
 * Hears how far a {@link DatasetDownloader} has got. Called on the thread that runs
 * {@link DatasetDownloader#download}, at most every few tens of milliseconds per file, with
 * {@code bytesDone} never decreasing; a GUI hands the numbers on to its own thread.
 */
@FunctionalInterface
public interface DownloadProgressListener {

    /** A listener that ignores progress. */
    DownloadProgressListener NONE = (fileName, bytesDone, bytesTotal) -> { };

    /**
     * @param fileName   the file being fetched (or just found valid in the cache)
     * @param bytesDone  bytes done across all files, counting files already in the cache as done
     * @param bytesTotal the expected size of all files together ({@link DownloadManifest#totalBytes()})
     */
    void onProgress(String fileName, long bytesDone, long bytesTotal);
}
