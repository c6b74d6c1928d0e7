package org.softmaxlab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Waiting and acting on the JavaFX thread for the screenshot programs ({@link ScreenshotScenes},
 * {@code PresentationScenes}), which train on the full data and so wait minutes, not a test's seconds.
 */
public final class SceneSteps {

    private static final long LIMIT_MINUTES = 5;

    private SceneSteps() {
    }

    /** Waits until {@code condition}, read on the JavaFX thread, holds. */
    public static void await(Supplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(LIMIT_MINUTES);
        while (!fx(condition::get)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }

    /** Ends {@code window} (its run), JavaFX, {@code background} and the program. */
    public static void exit(org.softmaxlab.ui.main.MainWindow window, java.util.concurrent.ExecutorService background)
            throws Exception {
        fx(() -> {
            window.shutdown();
            return null;
        });
        Platform.exit();
        background.shutdownNow();
        System.exit(0);
    }

    /** Runs {@code action} on the JavaFX thread and returns what it gives. */
    public static <T> T fx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(LIMIT_MINUTES, TimeUnit.MINUTES);
    }
}
