package org.softmaxlab.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.DatasetDownloads;
import org.softmaxlab.ui.main.MainWindow;
import org.softmaxlab.ui.main.WindowSetup;

/** The real main window for TestFX tests, on {@link TestData}'s subset of the real data. */
public final class TestWindows {

    private TestWindows() {
    }

    /**
     * A window that loads the subset (nothing to locate, nothing to download), with settings kept
     * for this window only.
     */
    public static MainWindow onSubset(ExecutorService background) {
        return new MainWindow(subset(background), noDownloads(background), background);
    }

    /** A window whose subset loads only once {@code release} has been counted down. */
    public static MainWindow onSubsetHeldUntil(CountDownLatch release, ExecutorService background) {
        return new MainWindow(new DataLoading(background, chosen -> RealData.folder(), dir -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while the data was held", e);
            }
            return TestData.subset();
        }), noDownloads(background), background);
    }

    /** A window that loads the subset and remembers, looks and chooses files as {@code setup} says. */
    public static MainWindow onSubset(ExecutorService background, WindowSetup setup) {
        return new MainWindow(subset(background), noDownloads(background), background, setup);
    }

    /**
     * A window on the whole of the real data (60,000/10,000 images, read from {@link RealData#folder()}),
     * with settings kept for this window only: for screenshots and timings.
     */
    public static MainWindow onFullData(ExecutorService background) {
        return new MainWindow(new DataLoading(background, chosen -> RealData.folder(), MnistFamily.FASHION_MNIST::load),
                noDownloads(background), background);
    }

    /**
     * Ends a test's window: cancels its run, stops its executor, and puts {@link Messages} back to
     * English, since the language is global and the next test's window must not inherit it.
     */
    public static void close(MainWindow window, ExecutorService background) {
        window.shutdown();
        background.shutdownNow();
        Messages.setLanguage(Language.ENGLISH);
    }

    private static DataLoading subset(ExecutorService background) {
        return new DataLoading(background, chosen -> RealData.folder(), dir -> TestData.subset());
    }

    private static DatasetDownloads noDownloads(ExecutorService background) {
        return new DatasetDownloads(background, () -> {
            throw new AssertionError("the data is there: nothing to download");
        });
    }
}
