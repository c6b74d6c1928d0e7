package org.softmaxlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.data.FashionMnist;

/**
 * The installed Fashion-MNIST for tests that need the real files: the Debian package's folder, or
 * {@code -Dsoftmaxlab.data=DIR}. A missing copy fails the test (CI installs the package), unless
 * {@code -Dsoftmaxlab.allowMissingData=true} asks to skip instead. Read once per test JVM.
 */
public final class RealData {

    static final String FOLDER_PROPERTY = "softmaxlab.data";
    static final String ALLOW_MISSING_PROPERTY = "softmaxlab.allowMissingData";

    private static FashionMnist cached;

    private RealData() {
    }

    /** The folder holding the four files; fails (or skips, if allowed) when they are missing. */
    public static Path folder() {
        Path folder = Path.of(System.getProperty(FOLDER_PROPERTY, DatasetLocator.DEBIAN_FOLDER_NAME));
        if (DatasetLocator.missingFiles(folder).isEmpty()) {
            return folder;
        }
        String message = "Fashion-MNIST is not installed at " + folder + " (missing "
                + String.join(", ", DatasetLocator.missingFiles(folder)) + "). Install it with "
                + "`sudo apt-get install " + DatasetLocator.DEBIAN_PACKAGE + "`, or point -D" + FOLDER_PROPERTY
                + "=DIR at a copy; to skip the tests that need it, run with -D" + ALLOW_MISSING_PROPERTY + "=true";
        if (Boolean.getBoolean(ALLOW_MISSING_PROPERTY)) {
            Assumptions.abort(message);
        }
        return fail(message);
    }

    /** The whole data set, loaded once. */
    public static synchronized FashionMnist load() {
        if (cached == null) {
            try {
                cached = FashionMnist.load(folder());
            } catch (DatasetException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return cached;
    }
}
