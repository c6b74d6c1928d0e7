package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The installed Fashion-MNIST for tests that need the real files: the Debian package's folder, or
 * {@code -Dsoftmaxlab.data=DIR}. A missing copy fails the test (CI installs the package), unless
 * {@code -Dsoftmaxlab.allowMissingData=true} asks to skip instead.
 */
final class RealData {

    static final String FOLDER_PROPERTY = "softmaxlab.data";
    static final String ALLOW_MISSING_PROPERTY = "softmaxlab.allowMissingData";

    private RealData() {
    }

    static Path folder() {
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
}
