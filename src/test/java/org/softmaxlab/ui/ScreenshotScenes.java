package org.softmaxlab.ui;

import static org.softmaxlab.ui.SceneSteps.await;
import static org.softmaxlab.ui.SceneSteps.fx;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.softmaxlab.math.NumericsPreset;
import org.softmaxlab.run.DaemonThreads;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.testing.DrawnDigits;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;
import org.softmaxlab.ui.draw.DrawingPadView;
import org.softmaxlab.ui.draw.DrawingPadViewModel;
import org.softmaxlab.ui.main.MainWindow;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.run.TrainingViewModel;

/**
 * Not a test: plays a scene in the real window on the full data and saves a screenshot of the X
 * display with ImageMagick's {@code import}, for the README's pictures. Run on an X server (Xvfb):
 * {@code DISPLAY=:N java -cp target/classes:target/test-classes:… org.softmaxlab.ui.ScreenshotScenes
 * numerics|overflow|runs FILE.png} or {@code models|classroom FOLDER} (in Chinese with {@code -Dsoftmaxlab.screenshot.language=zh-CN}).
 * The runs scene also prints the epoch times of a run drawn over
 * three others, for comparison with the headless {@code train} command.
 */
public final class ScreenshotScenes {

    private static MainWindow window;
    private static Stage stage;

    private ScreenshotScenes() {
    }

    public static void main(String[] args) throws Exception {
        String scene = args[0];
        Path file = Path.of(args[1]); // for "measure": the number of rounds
        ExecutorService background = DaemonThreads.newBackgroundExecutor();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            window = TestWindows.onFullData(background);
            stage = new Stage();
            window.show(stage);
            shown.complete(null);
        });
        shown.get();
        awaitState(RunState.READY);
        // -Dsoftmaxlab.screenshot.language=zh-CN plays the scene in that language, as its menu would.
        String language = System.getProperty("softmaxlab.screenshot.language");
        if (language != null) {
            fx(() -> {
                window.appearance().languageProperty().set(Language.forTag(language));
                return null;
            });
        }
        switch (scene) {
            case "numerics" -> numerics();
            case "overflow" -> overflow();
            case "runs" -> runs();
            case "classroom" -> {
                classroom(file);
                exit(background);
            }
            case "models" -> {
                models(file);
                exit(background);
            }
            case "datasets" -> {
                datasets(file);
                exit(background);
            }
            case "drawing" -> {
                drawing(file);
                exit(background);
            }
            case "measure" -> {
                measure(Integer.parseInt(args[1]));
                exit(background);
            }
            default -> throw new IllegalArgumentException("unknown scene " + scene);
        }
        Thread.sleep(1500); // a few frames for layout and the last redraw
        Process importer = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        importer.waitFor(30, TimeUnit.SECONDS);
        System.err.println("saved " + file + " (" + Files.size(file) + " bytes)");
        if (scene.equals("runs")) {
            measureWithThreeOverlays();
        }
        exit(background);
    }

    private static void exit(ExecutorService background) throws Exception {
        SceneSteps.exit(window, background);
    }

    /**
     * Epoch times of the same run (lr 0.1, 5 epochs) in turns: in the window with no other run drawn,
     * in the window with three runs drawn over it, and on a trainer with no window at all (in this
     * JVM, while the window idles), {@code rounds} times each, so that load from elsewhere on the
     * machine falls on all three alike.
     */
    private static void measure(int rounds) throws Exception {
        for (String rate : List.of("0.01", "0.1", "1")) {
            train(rate, 5);
        }
        TrainingData data = TrainingData.of(RealData.load());
        List<Double> alone = new ArrayList<>();
        List<Double> overlaid = new ArrayList<>();
        List<Double> headless = new ArrayList<>();
        List<Long> uiAlone = new ArrayList<>();
        List<Long> uiOverlaid = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long before = uiCpuMillis();
            alone.add(medianTrainMillis(trainMeasured(false)));
            uiAlone.add((uiCpuMillis() - before) / 5);
            before = uiCpuMillis();
            overlaid.add(medianTrainMillis(trainMeasured(true)));
            uiOverlaid.add((uiCpuMillis() - before) / 5);
            RunOutcome outcome = new Trainer(data).run(TrainConfig.DEFAULTS.withEpochs(5), TrainingListener.NONE,
                    new TrainingControl());
            headless.add(median(outcome.epochs().stream().mapToDouble(EpochMetrics::trainMillis).toArray()));
        }
        System.err.printf(Locale.ROOT, "median epoch ms per round%n  window, 1 run drawn:  %s%n"
                + "  window, 4 runs drawn: %s%n  no window:            %s%n", alone, overlaid, headless);
        System.err.printf(Locale.ROOT, "JavaFX threads' CPU ms per epoch%n  1 run drawn:  %s%n  4 runs drawn: %s%n",
                uiAlone, uiOverlaid);
    }

    /** Reset, then lr 0.1 for 5 epochs, with the first three runs drawn over it or none: that run's record. */
    private static RunRecord trainMeasured(boolean overlays) throws Exception {
        fx(() -> {
            window.training().reset();
            window.runs().deselectAll();
            for (int id = 1; overlays && id <= 3; id++) {
                window.runs().setSelected(id, true);
            }
            return null;
        });
        train("0.1", 5);
        return fx(() -> {
            List<RunRecord> all = window.runs().history().runs();
            RunRecord last = all.get(all.size() - 1);
            System.err.println("run " + last.id() + " drawn with " + window.runs().overlays().size() + " overlays");
            return last;
        });
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
        // Two runs: the naive one diverges at once, the stable one trains two epochs (any language).
        await(() -> window.runs().history().runs().size() == 2
                && window.training().stateProperty().get() == RunState.READY
                && window.training().noticeProperty().get() != null);
        fx(() -> {
            window.training().settings().textProperty(Field.EPOCHS).set("2"); // as the demo left it
            return null;
        });
    }

    private static void runs() throws Exception {
        for (String rate : List.of("0.01", "0.1", "1")) {
            train(rate, 10);
        }
        // On a log axis the three losses stay apart; on a linear one lr 1's squashes the others together.
        fx(() -> {
            ((javafx.scene.control.CheckBox) stage.getScene().lookup("#log-loss")).setSelected(true);
            return null;
        });
    }

    /**
     * Issue 15's classroom pictures, into the folder {@code dir}, in a window of the size a first start
     * opens on a 1600×1000 screen: three runs (lr 0.03, 0.1 and 1, three epochs each) in presentation
     * mode; then, after a switch to Chinese, the same window in the dark theme.
     */
    private static void classroom(Path dir) throws Exception {
        Files.createDirectories(dir);
        fx(() -> {
            stage.setX(96);
            stage.setY(60);
            stage.setWidth(1408);
            stage.setHeight(880);
            return null;
        });
        for (String rate : List.of("0.03", "0.1", "1")) {
            train(rate, 3);
        }
        fx(() -> {
            window.runs().history().runs().forEach(run -> window.runs().setSelected(run.id(), true));
            window.appearance().presentationModeProperty().set(true);
            return null;
        });
        shoot(dir.resolve("screenshot-presentation-three-runs.png"));
        fx(() -> {
            window.appearance().presentationModeProperty().set(false);
            window.appearance().languageProperty().set(Language.forTag("zh-CN"));
            window.appearance().themeProperty().set(org.softmaxlab.session.Theme.DARK);
            return null;
        });
        shoot(dir.resolve("screenshot-dark-chinese.png"));
    }

    /**
     * Softmax regression against d2l's MLP (d2l's 10 epochs each, lr 0.1), into the folder {@code dir}: both
     * drawn on the charts, the MLP's first-layer filters, the Compare tab on "only the MLP got it
     * right"; then the Compare tab to look at (not for the README) at the smallest window in
     * presentation mode, in the dark theme and in Chinese.
     */
    private static void models(Path dir) throws Exception {
        Files.createDirectories(dir);
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
            return null;
        });
        train("0.1", 10, ModelSpec.Kind.SOFTMAX);
        train("0.1", 10, ModelSpec.Kind.MLP);
        fx(() -> {
            List<RunRecord> runs = window.runs().history().runs();
            window.runs().setSelected(runs.get(0).id(), true); // the softmax run drawn under the live MLP
            window.selectTab(MainWindow.TRAINING_TAB_ID);
            return null;
        });
        shoot(dir.resolve("screenshot-softmax-vs-mlp.png"));
        fx(() -> {
            window.selectTab(org.softmaxlab.ui.main.InspectionTabs.WEIGHTS_TAB_ID);
            return null;
        });
        shoot(dir.resolve("screenshot-mlp-filters.png"));
        fx(() -> {
            window.selectTab(org.softmaxlab.ui.main.InspectionTabs.COMPARE_TAB_ID);
            return null;
        });
        await(() -> window.inspection().compare().comparisonProperty().get() != null);
        await(() -> !window.inspection().compare().gallery().items().isEmpty());
        fx(() -> {
            var gallery = window.inspection().compare().gallery();
            gallery.select(gallery.items().get(0));
            return null;
        });
        shoot(dir.resolve("screenshot-only-mlp-right.png"));
        // To look at: the smallest window, then in presentation mode, then dark, then Chinese too.
        fx(() -> {
            stage.setWidth(1024);
            stage.setHeight(660);
            return null;
        });
        shoot(dir.resolve("look-1024x660.png"));
        fx(() -> {
            window.appearance().presentationModeProperty().set(true);
            return null;
        });
        shoot(dir.resolve("look-presentation-1024x660.png"));
        fx(() -> {
            window.appearance().themeProperty().set(org.softmaxlab.session.Theme.DARK);
            return null;
        });
        shoot(dir.resolve("look-presentation-dark-1024x660.png"));
        fx(() -> {
            window.appearance().languageProperty().set(Language.SIMPLIFIED_CHINESE);
            window.appearance().presentationModeProperty().set(false);
            stage.setWidth(1600);
            stage.setHeight(1000);
            return null;
        });
        shoot(dir.resolve("look-dark-chinese-1600x1000.png"));
        fx(() -> {
            window.appearance().presentationModeProperty().set(true);
            return null;
        });
        shoot(dir.resolve("look-presentation-dark-chinese-1600x1000.png"));
        Path foreign = dir.resolve("notes.smlab");
        Files.writeString(foreign, "not a model");
        fx(() -> {
            window.inspection().compare().openModelFile(foreign, org.softmaxlab.ui.compare.CompareViewModel.Side.B);
            return null;
        });
        await(() -> window.inspection().compare().fileStateProperty().get()
                == org.softmaxlab.ui.compare.CompareViewModel.FileState.FAILED);
        shoot(dir.resolve("look-file-problem-dark-chinese.png"));
        fx(() -> {
            window.appearance().themeProperty().set(org.softmaxlab.session.Theme.LIGHT);
            window.appearance().languageProperty().set(Language.ENGLISH);
            window.appearance().presentationModeProperty().set(false);
            return null;
        });
        shoot(dir.resolve("look-file-problem.png"));
    }

    /**
     * Issue 22's drawing pad mid-lesson, into the folder {@code dir}: three digit classes named, a few
     * drawings each (made by {@link DrawnDigits}, as a hand would), and one half drawn on the pad;
     * then in presentation mode and dark, and in Chinese.
     */
    private static void drawing(Path dir) throws Exception {
        Files.createDirectories(dir);
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1200);
            stage.setHeight(800);
            window.showDrawingPad();
            Stage pad = window.drawingPad().stage();
            pad.setX(180);
            pad.setY(90);
            DrawingPadViewModel vm = window.drawingPad().viewModel();
            DrawnDigits hand = new DrawnDigits(22);
            for (int digit : new int[] {0, 1, 7}) {
                vm.addClass(Integer.toString(digit));
                for (int i = 0; i < (digit == 7 ? 4 : 9); i++) {
                    hand.digit(digit, DrawingPadView.PAD_SIDE).strokes().forEach(vm::addStroke);
                    vm.addDrawing();
                }
            }
            // The lesson goes on: a 7 on the pad, not yet added.
            hand.digit(7, DrawingPadView.PAD_SIDE).strokes().forEach(vm::addStroke);
            return null;
        });
        Thread.sleep(3000); // the pad's window paints its first frames on a busy machine
        shoot(dir.resolve("screenshot-drawing-pad.png"));
        fx(() -> {
            window.appearance().presentationModeProperty().set(true);
            window.appearance().themeProperty().set(org.softmaxlab.session.Theme.DARK);
            return null;
        });
        Thread.sleep(4000);
        shoot(dir.resolve("screenshot-drawing-pad-presentation-dark.png"));
        fx(() -> {
            window.appearance().presentationModeProperty().set(false);
            window.appearance().themeProperty().set(org.softmaxlab.session.Theme.LIGHT);
            window.appearance().languageProperty().set(Language.SIMPLIFIED_CHINESE);
            return null;
        });
        Thread.sleep(6000); // a new view in a second window: its first frames come late on a busy machine
        shoot(dir.resolve("screenshot-drawing-pad-chinese.png"));
    }

    /**
     * Issue 22's data-set pictures, into the folder {@code dir}: the chooser open (presentation mode,
     * then dark and Chinese); then a set of hand-drawn digits (an IDX folder made by
     * {@link org.softmaxlab.testing.DrawnIdxFolder}) chosen, trained, and its Weights tab: the ten
     * class templates.
     */
    private static void datasets(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path digits = org.softmaxlab.testing.DrawnIdxFolder.write(dir.resolve("drawn-digits"), 60, 15, 22);
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1408);
            stage.setHeight(880);
            window.datasets().chooseFolder(digits);
            return null;
        });
        await(() -> !window.datasets().busyProperty().get());
        train("0.1", 10);
        fx(() -> {
            window.selectTab(org.softmaxlab.ui.main.InspectionTabs.WEIGHTS_TAB_ID);
            return null;
        });
        Thread.sleep(2000);
        shoot(dir.resolve("screenshot-weights-drawn-digits.png"));
        fx(() -> {
            window.appearance().presentationModeProperty().set(true);
            ((javafx.scene.control.MenuButton) stage.getScene().lookup("#dataset-chooser")).show();
            return null;
        });
        Thread.sleep(2000);
        shoot(dir.resolve("screenshot-dataset-chooser-presentation.png"));
        fx(() -> {
            ((javafx.scene.control.MenuButton) stage.getScene().lookup("#dataset-chooser")).hide();
            window.appearance().presentationModeProperty().set(false);
            window.appearance().themeProperty().set(org.softmaxlab.session.Theme.DARK);
            window.appearance().languageProperty().set(Language.SIMPLIFIED_CHINESE);
            return null;
        });
        Thread.sleep(1500);
        fx(() -> {
            ((javafx.scene.control.MenuButton) stage.getScene().lookup("#dataset-chooser")).show();
            return null;
        });
        Thread.sleep(2000);
        shoot(dir.resolve("screenshot-dataset-chooser-dark-chinese.png"));
    }

    private static void shoot(Path file) throws Exception {
        Thread.sleep(1500); // a few frames for layout and the last redraw
        Process importer = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        importer.waitFor(30, TimeUnit.SECONDS);
        System.err.println("saved " + file + " (" + Files.size(file) + " bytes)");
    }

    /** A fresh run at {@code rate} for {@code epochs} epochs, to its end. */
    private static void train(String rate, int epochs) throws Exception {
        train(rate, epochs, null);
    }

    /** A fresh run of {@code model} (null: as the form has it) at {@code rate} for {@code epochs} epochs, to its end. */
    private static void train(String rate, int epochs, ModelSpec.Kind model) throws Exception {
        fx(() -> {
            TrainingViewModel training = window.training();
            if (training.canResetProperty().get()) {
                training.reset();
            }
            if (model != null) {
                training.settings().modelKindProperty().set(model);
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

    /** CPU time so far of the JavaFX application and render threads: what the window takes from the trainer. */
    private static long uiCpuMillis() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("JavaFX Application Thread") || thread.getName().startsWith("QuantumRenderer")) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return nanos / 1_000_000;
    }

    private static double medianTrainMillis(RunRecord run) {
        return median(run.epochs().stream().map(p -> p.metrics()).mapToDouble(EpochMetrics::trainMillis).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double middle = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return Math.round(middle);
    }

    private static void awaitState(RunState state) throws Exception {
        await(() -> window.training().stateProperty().get() == state);
    }
}
