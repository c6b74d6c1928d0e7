package org.softmaxlab.ui;

import java.util.concurrent.ExecutorService;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.DatasetDownloads;
import org.softmaxlab.ui.main.MainWindow;

/** The real main window for TestFX tests, on {@link TestData}'s subset of the real data. */
public final class TestWindows {

    private TestWindows() {
    }

    /** A window that loads the subset (nothing to locate, nothing to download). */
    public static MainWindow onSubset(ExecutorService background) {
        return new MainWindow(new DataLoading(background, chosen -> RealData.folder(), dir -> TestData.subset()),
                new DatasetDownloads(background, () -> {
                    throw new AssertionError("the data is there: nothing to download");
                }), background);
    }
}
