package org.softmaxlab.data;

import java.net.URI;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What a {@link DataSource} may use while it reads: where SoftmaxLab caches things, whether and from
 * where it may download, who hears about progress, and whether to stop.
 *
 * @param directories SoftmaxLab's cache and settings folders
 * @param locator     where to look for the MNIST family's files before downloading them
 * @param download    whether a missing MNIST-family data set may be downloaded
 * @param mirror      the mirror to download from, or null for the official one
 * @param progress    hears progress, on the loading thread
 * @param cancelled   true once the load should stop (checked between files and images)
 */
public record LoadContext(AppDirectories directories, DatasetLocator locator, boolean download, URI mirror,
                          LoadProgress progress, BooleanSupplier cancelled) {

    public LoadContext {
        Objects.requireNonNull(directories, "directories");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    /** The current user's folders, downloads allowed from the official mirror, progress unheard. */
    public static LoadContext forCurrentUser() {
        return new LoadContext(AppDirectories.forCurrentUser(), DatasetLocator.forCurrentUser(), true, null,
                LoadProgress.NONE, () -> false);
    }

    public LoadContext withProgress(LoadProgress progress) {
        return new LoadContext(directories, locator, download, mirror, progress, cancelled);
    }

    /** Throws if the load should stop. */
    void throwIfCancelled(String what) throws DownloadCancelledException {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new DownloadCancelledException(what);
        }
    }
}
