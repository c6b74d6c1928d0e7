package org.softmaxlab.data;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.softmaxlab.io.AtomicFiles;

/**
 * Downloads Fashion-MNIST into SoftmaxLab's cache folder.
 *
 * <p>Each file is streamed into a temporary file next to its destination, verified (size and MD5
 * of the {@code .gz}, or the SHA-256 of its decompressed content; see {@link DownloadEntry}) and
 * only then moved into place atomically. Whatever fails, is cut off, does not verify or is
 * cancelled leaves no file behind; files completed before that stay, and files already valid in
 * the folder are not fetched again, so a second attempt resumes.
 *
 * <p>A download runs on the thread that calls {@link #download}; {@link #cancel()} may be called
 * from any thread. HttpClient's own threads are daemon threads.
 *
 * <pre>{@code
 * DatasetDownloader downloader = DatasetDownloader.into(AppDirectories.forCurrentUser().datasetCacheDir()).build();
 * Path folder = downloader.download((file, done, total) -> ...);
 * }</pre>
 */
public final class DatasetDownloader {

    /** The official mirror named in Fashion-MNIST's README. */
    public static final URI OFFICIAL_MIRROR = URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(30);

    private final Path targetFolder;
    private final URI baseUri;
    private final Duration connectTimeout;
    private final Duration stallTimeout;
    private final DownloadManifest manifest;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private DatasetDownloader(Builder builder) {
        this.targetFolder = builder.targetFolder;
        this.baseUri = builder.baseUri;
        this.connectTimeout = builder.connectTimeout;
        this.stallTimeout = builder.stallTimeout;
        this.manifest = builder.manifest;
    }

    /** A builder for a downloader that stores the files in {@code targetFolder}. */
    public static Builder into(Path targetFolder) {
        return new Builder(targetFolder);
    }

    /**
     * Fetches every file of the manifest that the target folder does not already hold intact.
     *
     * @param listener hears progress, on this thread
     * @return the target folder, now holding all files
     * @throws DownloadCancelledException if {@link #cancel()} was called or this thread was interrupted
     * @throws DatasetException           if a file cannot be fetched, verified or stored; the message says
     *                                    which file and why
     */
    public Path download(DownloadProgressListener listener) throws DatasetException {
        Objects.requireNonNull(listener, "listener");
        throwIfCancelled(manifest.entries().get(0));
        boolean createdFolder = !Files.isDirectory(targetFolder);
        try {
            Files.createDirectories(targetFolder);
        } catch (IOException e) {
            throw new DatasetDownloadException(DatasetDownloadException.Kind.STORAGE, manifest.entries().get(0).fileName(),
                    targetFolder.toString(), "cannot create the download folder: " + e, e);
        }
        HttpFileTransfer transfer = new HttpFileTransfer(newClient(), connectTimeout, stallTimeout, this::isCancelled);
        long done = 0;
        long total = manifest.totalBytes();
        boolean complete = false;
        try {
            for (DownloadEntry entry : manifest.entries()) {
                throwIfCancelled(entry);
                if (!isIntactInFolder(entry)) {
                    fetch(transfer, entry, done, total, listener);
                }
                // Counted at its expected size even if a re-packed copy is a few bytes off, so
                // that progress ends exactly at the total.
                done += entry.gzBytes();
                listener.onProgress(entry.fileName(), done, total);
            }
            complete = true;
            return targetFolder;
        } finally {
            if (!complete && createdFolder) {
                deleteIfEmpty(targetFolder);
            }
        }
    }

    /** Stops the download in progress (or the next one) as soon as possible; cannot be undone. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Where the files are stored, e.g. {@code ~/.cache/softmaxlab/fashion-mnist}. */
    public Path targetFolder() {
        return targetFolder;
    }

    public DownloadManifest manifest() {
        return manifest;
    }

    private void fetch(HttpFileTransfer transfer, DownloadEntry entry, long doneBefore, long total,
            DownloadProgressListener listener) throws DatasetException {
        URI uri = baseUri.resolve(entry.fileName());
        Path temp = null;
        try {
            // Hidden, in the destination folder (a rename on one file system), readable as any new file.
            Path target = targetFolder.resolve(entry.fileName());
            temp = AtomicFiles.temporaryFileFor(target);
            transfer.fetch(uri, temp, entry.fileName(), bytes -> listener.onProgress(entry.fileName(),
                    doneBefore + Math.min(bytes, entry.gzBytes()), total));
            String problem = DownloadVerifier.problemWith(temp, entry);
            if (problem != null) {
                throw new DatasetDownloadException(DatasetDownloadException.Kind.CHECKSUM, entry.fileName(),
                        uri.toString(), problem);
            }
            AtomicFiles.move(temp, target);
        } catch (IOException e) {
            throw new DatasetDownloadException(DatasetDownloadException.Kind.STORAGE, entry.fileName(),
                    targetFolder.toString(), e.toString(), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** True if the file is already there and verifies; a file that does not verify is removed. */
    private boolean isIntactInFolder(DownloadEntry entry) throws DatasetException {
        Path file = targetFolder.resolve(entry.fileName());
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            if (DownloadVerifier.problemWith(file, entry) == null) {
                return true;
            }
            // A broken copy would make the locator pick this folder and loading fail; better none.
            Files.delete(file);
            return false;
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot check or replace the existing file: " + e, e);
        }
    }

    private void throwIfCancelled(DownloadEntry entry) throws DownloadCancelledException {
        if (isCancelled()) {
            throw new DownloadCancelledException(entry.fileName() + ": download cancelled");
        }
    }

    private HttpClient newClient() {
        HttpClient.Builder client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            client.proxy(proxies); // honours -Dhttp.proxyHost etc., as users behind a proxy expect
        }
        return client.build();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing better to do; the failure being reported matters more.
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException ignored) {
            // An empty folder left behind is harmless.
        }
    }

    /** Settings of a {@link DatasetDownloader}; defaults: official mirror and manifest, 15 s / 30 s timeouts. */
    public static final class Builder {
        private final Path targetFolder;
        private URI baseUri = OFFICIAL_MIRROR;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration stallTimeout = DEFAULT_STALL_TIMEOUT;
        private DownloadManifest manifest = DownloadManifest.official();

        private Builder(Path targetFolder) {
            this.targetFolder = Objects.requireNonNull(targetFolder, "targetFolder");
        }

        /** The mirror's folder URL; each file's name is appended to it. Checked as {@link MirrorUrl} checks it. */
        public Builder baseUri(URI baseUri) {
            this.baseUri = MirrorUrl.parse(Objects.requireNonNull(baseUri, "baseUri").toString());
            return this;
        }

        /** How long to wait for a connection to be set up. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long to wait for the next bytes (or the response headers) before giving up. */
        public Builder stallTimeout(Duration timeout) {
            this.stallTimeout = positive(timeout, "stallTimeout");
            return this;
        }

        /** The files to fetch and their checksums. */
        public Builder manifest(DownloadManifest manifest) {
            this.manifest = Objects.requireNonNull(manifest, "manifest");
            return this;
        }

        public DatasetDownloader build() {
            return new DatasetDownloader(this);
        }

        private static Duration positive(Duration timeout, String name) {
            if (Objects.requireNonNull(timeout, name).isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + timeout);
            }
            return timeout;
        }
    }
}
