package org.softmaxlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.data.DatasetDownloader;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DatasetLocation;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.data.DownloadProgressListener;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MirrorUrl;
import org.softmaxlab.data.MnistFamily;

/**
 * The real Fashion-MNIST for every test that needs it: the one way tests reach the files, so that
 * "find, else fetch, else skip when asked" holds for all of them.
 *
 * <ol>
 *   <li>{@code -Dsoftmaxlab.data=DIR}: that folder, as {@code --data DIR} would be (the app's
 *       explicit locator, its message when the folder is not usable);</li>
 *   <li>else where the app looks ({@link DatasetLocator#forCurrentUser()}: SoftmaxLab's cache,
 *       then Debian's folder, or {@code -Dsoftmaxlab.debianDir=DIR} instead of it);</li>
 *   <li>else a download into the app's cache, verified, with the app's {@link DatasetDownloader},
 *       from the official mirror or {@code -Dsoftmaxlab.mirror=URL}; once per test JVM, the
 *       next run finds the files in the cache.</li>
 * </ol>
 *
 * When none of that gives the files the test fails with the app's message, or, with
 * {@code -Dsoftmaxlab.allowMissingData=true}, is skipped (a JUnit assumption). A failure is one for
 * the whole run: {@link MissingDataStop} then skips every test still to come, so a machine without
 * the data gets the message once, naming every way forward, within seconds, instead of one failure
 * per test that needs the data and minutes of window tests waiting for it. Call it on the
 * test's own thread (in the test, a {@code @BeforeEach} or {@code @BeforeAll}), never inside a
 * background task, or a skip turns into a failed future. Read once per test JVM.
 */
public final class RealData {

    static final String FOLDER_PROPERTY = "softmaxlab.data";
    static final String MIRROR_PROPERTY = "softmaxlab.mirror";
    static final String ALLOW_MISSING_PROPERTY = "softmaxlab.allowMissingData";

    private static Path folder;
    /** Why the files could not be had; kept so that one failed download is not tried by every test. */
    private static String problem;
    private static Dataset cached;

    private RealData() {
    }

    /** The folder holding the four files; fails (or skips, if allowed) when they cannot be had. */
    public static synchronized Path folder() {
        if (folder == null && problem == null) {
            try {
                folder = findOrDownload();
            } catch (DatasetException e) {
                problem = e.getMessage() + "\nTo skip the tests that need the real data, run with -D"
                        + ALLOW_MISSING_PROPERTY + "=true. The tests after this one are skipped: the build has failed "
                        + "already, and each would only say this again.";
            }
        }
        if (folder != null) {
            return folder;
        }
        if (Boolean.getBoolean(ALLOW_MISSING_PROPERTY)) {
            Assumptions.abort(problem);
        }
        return fail(problem);
    }

    /**
     * Why the rest of the run should stop: the data was needed, cannot be had, and its absence is not
     * allowed. Empty until a test has asked for the data (a run that never needs it is never stopped).
     */
    static synchronized java.util.Optional<String> stopReason() {
        if (problem == null || Boolean.getBoolean(ALLOW_MISSING_PROPERTY)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Fashion-MNIST is missing; see the first failed test for every way forward");
    }

    /** The whole data set, loaded once. */
    public static synchronized Dataset load() {
        if (cached == null) {
            Path dir = folder();
            try {
                cached = MnistFamily.FASHION_MNIST.load(dir);
            } catch (DatasetException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return cached;
    }

    private static Path findOrDownload() throws DatasetException {
        String chosen = System.getProperty(FOLDER_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return DatasetLocator.explicit(Path.of(chosen)).locate().folder();
        }
        DatasetLocator locator = DatasetLocator.forCurrentUser();
        Optional<DatasetLocation> found = locator.find();
        if (found.isPresent()) {
            return found.get().folder();
        }
        Path cache = AppDirectories.forCurrentUser().datasetCacheDir();
        DatasetDownloader.Builder downloader = DatasetDownloader.into(cache);
        String mirror = System.getProperty(MIRROR_PROPERTY);
        if (mirror != null && !mirror.isBlank()) {
            downloader.baseUri(MirrorUrl.parse(mirror));
        }
        DatasetDownloader download = downloader.build();
        System.err.println("Fashion-MNIST was not found; downloading it into " + cache + " (once; later runs find it "
                + "there). SoftmaxLab looked in:\n" + locator.describeSearch().stripTrailing());
        try {
            return download.download(new OneLinePerFile());
        } catch (DatasetException e) {
            throw new DatasetException("Fashion-MNIST was not found, and downloading it into " + cache + " failed: "
                    + e.getMessage() + "\nSoftmaxLab looked in:\n" + locator.describeSearch()
                    + "Install it (sudo apt-get install " + DatasetLocator.DEBIAN_PACKAGE + "), point -D"
                    + FOLDER_PROPERTY + "=DIR at a copy, or name a reachable mirror with -D" + MIRROR_PROPERTY
                    + "=URL.", e);
        }
    }

    /** The download's progress in the build log: a line when each file is complete. */
    private static final class OneLinePerFile implements DownloadProgressListener {
        private String current;

        @Override
        public void onProgress(String fileName, long bytesDone, long bytesTotal) {
            if (!fileName.equals(current)) {
                current = fileName;
                System.err.println("  downloading " + fileName + "…");
            }
        }
    }
}
