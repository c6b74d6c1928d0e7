package org.softmaxlab.ui;

import org.softmaxlab.testing.RealData;

import java.nio.file.Path;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.ui.loading.DataLoading;

/**
 * The real Fashion-MNIST, read once per test JVM and cut to 6,000 training and 1,000 test images
 * so that runs take moments. Found (or fetched, or skipped) by {@link RealData}.
 */
public final class TestData {

    public static final int TRAIN_IMAGES = 6_000;
    public static final int TEST_IMAGES = 1_000;

    private static Dataset subset;

    private TestData() {
    }

    /** The subset; fails (or skips) as {@link RealData#folder()} does when the data cannot be had. */
    public static synchronized Dataset subset() throws DatasetException {
        if (subset == null) {
            subset = RealData.load().head(TRAIN_IMAGES, TEST_IMAGES);
        }
        return subset;
    }
}
