package org.softmaxlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.FashionMnist;

/**
 * The real Fashion-MNIST for tests, read once per test JVM. CI installs Debian's package, so a
 * missing data set fails the test rather than skipping it, unless
 * {@code -Dsoftmaxlab.allowMissingData=true} says this machine has none on purpose.
 */
public final class RealData {

    private static FashionMnist cached;

    private RealData() {
    }

    /** The folder: {@code -Dsoftmaxlab.data=DIR}, or Debian's. */
    public static Path folder() {
        return Path.of(System.getProperty("softmaxlab.data", "/usr/share/datasets/fashion-mnist"));
    }

    public static synchronized FashionMnist load() {
        if (cached == null) {
            Path dir = folder();
            if (!Files.isDirectory(dir)) {
                if (Boolean.getBoolean("softmaxlab.allowMissingData")) {
                    Assumptions.abort("no Fashion-MNIST at " + dir);
                }
                fail("Fashion-MNIST is not at " + dir + ": run 'apt-get install dataset-fashion-mnist' or pass "
                        + "-Dsoftmaxlab.data=DIR (or -Dsoftmaxlab.allowMissingData=true to skip)");
            }
            try {
                cached = FashionMnist.load(dir);
            } catch (DatasetException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return cached;
    }
}
