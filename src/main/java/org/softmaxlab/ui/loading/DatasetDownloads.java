package org.softmaxlab.ui.loading;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.data.DatasetDownloader;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DownloadProgressListener;

/**
 * Runs downloads of the data set into SoftmaxLab's cache on the background executor, one at a time,
 * each cancellable. A downloader is single-use, so every attempt gets a new one.
 */
public final class DatasetDownloads {

    private final Executor background;
    private final Function<URI, DatasetDownloader> newDownloader;
    private volatile DatasetDownloader current;

    /**
     * @param background    where downloads run
     * @param newDownloader makes the downloader for one attempt (whatever mirror is asked for)
     */
    public DatasetDownloads(Executor background, Supplier<DatasetDownloader> newDownloader) {
        this(background, mirror -> newDownloader.get());
        Objects.requireNonNull(newDownloader, "newDownloader");
    }

    /**
     * @param background    where downloads run
     * @param newDownloader makes the downloader for one attempt from a mirror, or from the official one
     *                      when given null
     */
    public DatasetDownloads(Executor background, Function<URI, DatasetDownloader> newDownloader) {
        this.background = Objects.requireNonNull(background, "background");
        this.newDownloader = Objects.requireNonNull(newDownloader, "newDownloader");
    }

    /** Downloads into the current user's cache, from the official mirror or the one the user gave. */
    public static DatasetDownloads intoUserCache(Executor background) {
        return new DatasetDownloads(background, (URI mirror) -> {
            DatasetDownloader.Builder builder = DatasetDownloader.into(AppDirectories.forCurrentUser().datasetCacheDir());
            if (mirror != null) {
                builder.baseUri(mirror);
            }
            return builder.build();
        });
    }

    /** Starts a download from the official mirror; see {@link #start(URI, DownloadProgressListener)}. */
    public CompletableFuture<Path> start(DownloadProgressListener progress) {
        return start(null, progress);
    }

    /**
     * Starts a download from {@code mirror} (null: the official one); progress is reported on the
     * background thread. The future completes with the folder, or fails with the {@link DatasetException}
     * (a {@code DownloadCancelledException} after {@link #cancel()}) as its cause.
     */
    public CompletableFuture<Path> start(URI mirror, DownloadProgressListener progress) {
        DatasetDownloader downloader = newDownloader.apply(mirror);
        current = downloader;
        return CompletableFuture.supplyAsync(() -> {
            try {
                return downloader.download(progress);
            } catch (DatasetException e) {
                throw new CompletionException(e);
            }
        }, background);
    }

    /** Cancels the download in progress, if any; it fails soon after, leaving nothing half-written. */
    public void cancel() {
        DatasetDownloader downloader = current;
        if (downloader != null) {
            downloader.cancel();
        }
    }
}
