package org.softmaxlab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.math.NumericsPreset;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.main.MainWindow;
import org.softmaxlab.ui.training.RunState;
import org.softmaxlab.ui.training.SettingsForm.Field;
import org.softmaxlab.ui.training.TrainingViewModel;

/**
 * Not a test: plays a scene in the real window on the full data and saves a screenshot of the X
 * display with ImageMagick's {@code import}, for the README's pictures. Run on an X server (Xvfb):
 * {@code DISPLAY=:N java -cp target/classes:target/test-classes:… org.softmaxlab.ui.ScreenshotScenes
 * numerics|overflow|runs FILE.png}. The runs scene also prints the epoch times of a run drawn over
 * three others, for comparison with the headless {@code train} command.
 */
public final class ScreenshotScenes {

    private static MainWindow window;

    private ScreenshotScenes() {
    }

    public static void main(String[] args) throws Exception {
        String scene = args[0];
        Path file = Path.of(args[1]);
        ExecutorService background = DaemonThreads.newBackgroundExecutor();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            window = new MainWindow(new DataLoading(background, FashionMnist::load));
            window.show(new Stage());
            shown.complete(null);
        });
        shown.get();
        awaitState(RunState.READY);
        switch (scene) {
            case "numerics" -> numerics();
            case "overflow" -> overflow();
            case "runs" -> runs(file);
            default -> throw new IllegalArgumentException("unknown scene " + scene);
        }
        Thread.sleep(1500); // a few frames for layout and the last redraw
        Process importer = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        importer.waitFor(30, TimeUnit.SECONDS);
        System.err.println("saved " + file + " (" + Files.size(file) + " bytes)");
        if (scene.equals("runs")) {
            measureWithThreeOverlays();
        }
        fx(() -> {
            window.shutdown();
            return null;
        });
        Platform.exit();
        background.shutdownNow();
        System.exit(0);
    }

    private static void numerics() throws Exception {
        fx(() -> {
            window.selectTab(MainWindow.NUMERICS_TAB_ID);
            window.numerics().applyPreset(NumericsPreset.SPREAD);
            return null;
        });
    }

    private static void overflow() throws Exception {
        fx(() -> {
            window.selectTab(MainWindow.NUMERICS_TAB_ID);
            return null;
        });
        Thread.sleep(500);
        fx(() -> {
            window.overflowDemo().start();
            window.selectTab(MainWindow.TRAINING_TAB_ID);
            return null;
        });
        // Two runs: the naive one diverges at once, the stable one trains two epochs.
        await(() -> window.runs().history().runs().size() == 2
                && window.training().stateProperty().get() == RunState.READY
                && window.training().noticeProperty().get() != null
                && window.training().noticeProperty().get().title().startsWith("Same settings"));
        fx(() -> {
            window.training().settings().textProperty(Field.EPOCHS).set("2"); // as the demo left it
            return null;
        });
    }

    private static void runs(Path file) throws Exception {
        for (String rate : List.of("0.01", "0.1", "1")) {
            train(rate, 10);
        }
    }

    /** A fresh run at {@code rate} for {@code epochs} epochs, to its end. */
    private static void train(String rate, int epochs) throws Exception {
        fx(() -> {
            TrainingViewModel training = window.training();
            if (training.canResetProperty().get()) {
                training.reset();
            }
            training.settings().textProperty(Field.LEARNING_RATE).set(rate);
            training.settings().textProperty(Field.EPOCHS).set(Integer.toString(epochs));
            training.start();
            return null;
        });
        awaitState(RunState.RUNNING);
        awaitState(RunState.READY);
    }

    /** A fourth run, lr 0.1 again, with the first three drawn over it: its epoch times against the second's. */
    private static void measureWithThreeOverlays() throws Exception {
        train("0.1", 10);
        List<RunRecord> runs = fx(() -> List.copyOf(window.runs().history().runs()));
        System.err.printf(Locale.ROOT, "lr 0.1 alone: median epoch %.0f ms; with three runs drawn over it: %.0f ms%n",
                medianTrainMillis(runs.get(1)), medianTrainMillis(runs.get(3)));
    }

    private static double medianTrainMillis(RunRecord run) {
        double[] millis = run.epochs().stream().map(p -> p.metrics()).mapToDouble(EpochMetrics::trainMillis)
                .sorted().toArray();
        return millis.length % 2 == 1 ? millis[millis.length / 2]
                : (millis[millis.length / 2 - 1] + millis[millis.length / 2]) / 2;
    }

    private static void awaitState(RunState state) throws Exception {
        await(() -> window.training().stateProperty().get() == state);
    }

    private static void await(Supplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!fx(condition::get)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }
}
