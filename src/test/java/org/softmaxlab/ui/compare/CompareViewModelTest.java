package org.softmaxlab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.inspect.RunComparison.Cell;
import org.softmaxlab.session.ModelFormats;
import org.softmaxlab.session.RunDataset;
import org.softmaxlab.session.RunHistory;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.compare.CompareViewModel.FileState;
import org.softmaxlab.ui.compare.CompareViewModel.Side;
import org.softmaxlab.ui.inspect.Fixtures;
import org.softmaxlab.ui.tasks.BackgroundTasks;

/**
 * Model files as A or B, without a window or ND4J: the file is read as File → Open model reads it, its
 * model "evaluated" by a stand-in that knows the predictions, and compared with a run of the list.
 */
@Tag("locale")
class CompareViewModelTest {

    private static final int SIZE = 20;
    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;
    private final List<Runnable> background = new ArrayList<>();
    private final List<Model> evaluated = new ArrayList<>();
    private CompareViewModel compare;
    private RunRecord run;
    private int[] labels;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.ENGLISH);
        compare = new CompareViewModel(new BackgroundTasks(background::add, NOW), (spec, parameters) -> null);
        compare.setTestImages(Fixtures.images(SIZE));
        labels = new int[SIZE];
        Arrays.setAll(labels, i -> i % MnistFamily.FASHION_MNIST.classNames().size());
        RunHistory history = new RunHistory();
        run = history.add(TrainConfig.DEFAULTS);
        run.setTestPredictions(labels.clone()); // the run gets every image right
        compare.setHistory(history);
    }

    @AfterEach
    void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    /** The file's model gets the first {@code wrong} images wrong. */
    private void evaluateAs(int wrong) {
        int[] predictions = labels.clone();
        for (int i = 0; i < wrong; i++) {
            predictions[i] = (labels[i] + 1) % MnistFamily.FASHION_MNIST.classNames().size();
        }
        float[] probabilities = new float[SIZE * MnistFamily.FASHION_MNIST.classNames().size()];
        compare.setTestEvaluator(model -> {
            evaluated.add(model);
            return new Evaluation(10, labels, predictions, probabilities, 0.5);
        });
    }

    private void runBackground() {
        List<Runnable> now = new ArrayList<>(background);
        background.clear();
        now.forEach(Runnable::run);
    }

    private Path savedByTheApp(String name) throws IOException {
        Path file = dir.resolve(name);
        ModelFormats.SMLAB.write(file, new SavedModel(TrainConfig.DEFAULTS, List.of(),
                new float[SavedModel.PARAMETER_COUNT]));
        return file;
    }

    @Test
    void aModelFileWrittenByTheAppIsComparedWithARunAndNamedByItsFileName() throws IOException {
        evaluateAs(3);
        Path file = savedByTheApp("week-one.smlab");
        compare.bProperty().set(new Contender.Run(run));

        compare.openModelFile(file, Side.A);
        assertEquals(FileState.EVALUATING, compare.fileStateProperty().get(), "said while it is read and evaluated");
        assertEquals("Evaluating week-one.smlab on the test set\u2026", compare.fileMessageProperty().get());
        assertNull(compare.aProperty().get(), "nothing is chosen before the answer");
        runBackground();

        assertEquals(FileState.NONE, compare.fileStateProperty().get());
        assertEquals(1, evaluated.size());
        Contender a = compare.aProperty().get();
        assertEquals("week-one.smlab", compare.name(a));
        assertTrue(compare.choices().contains(a));
        assertEquals(3, compare.comparisonProperty().get().count(Cell.ONLY_B_RIGHT));
        assertEquals(SIZE - 3, compare.comparisonProperty().get().count(Cell.BOTH_RIGHT));

        // Chosen again (saved anew in between), the file stays one choice and follows its new content.
        evaluateAs(5);
        compare.openModelFile(file, Side.A);
        runBackground();
        assertEquals(1, compare.choices().stream().filter(Contender.File.class::isInstance).count());
        assertEquals(5, compare.comparisonProperty().get().count(Cell.ONLY_B_RIGHT));
        assertSame(compare.aProperty().get(), compare.choices().get(compare.choices().size() - 1),
                "the choice boxes offer the file as read now, not its older self");
    }

    @Test
    void onlyRunsAndFilesOnTheDataSetOpenNowAreOfferedAndTheOthersAreSaid() throws IOException {
        RunHistory history = new RunHistory();
        RunDataset mnist = new RunDataset("MNIST", "/cache/mnist 28\u00d728 grayscale");
        for (int i = 0; i < 3; i++) {
            history.add(TrainConfig.DEFAULTS.withSeed(i), mnist).setTestPredictions(labels.clone());
        }
        RunRecord fashion = history.add(TrainConfig.DEFAULTS);
        fashion.setTestPredictions(labels.clone());
        compare.setHistory(history);
        compare.setDataset(mnist);
        assertEquals(3, compare.choices().size());
        assertEquals("1 run on Fashion-MNIST is not shown: another data set.", compare.otherDatasetsProperty().get());
        evaluateAs(2);
        Path file = savedByTheApp("mnist.smlab");
        compare.openModelFile(file, Side.A);
        runBackground();
        assertEquals(4, compare.choices().size(), "the file evaluated on MNIST is offered");

        // Fails without the filter: the runs on MNIST were offered, and compared, on Fashion-MNIST's test set.
        compare.setDataset(RunDataset.FASHION_MNIST);
        assertEquals(List.of(new Contender.Run(fashion)), List.copyOf(compare.choices()));
        assertNull(compare.aProperty().get(), "A, a file evaluated on MNIST, is let go");
        assertEquals("3 runs on MNIST are not shown: another data set. 1 model file evaluated on MNIST is not shown: "
                + "another data set.", compare.otherDatasetsProperty().get());
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        compare.relocalize();
        assertTrue(compare.otherDatasetsProperty().get().startsWith("MNIST 上的 3 次运行没有列出"),
                compare.otherDatasetsProperty().get());
        compare.setDataset(mnist);
        assertEquals(4, compare.choices().size(), "back on MNIST, its runs and file are offered again");
    }

    @Test
    void aForeignFileIsRefusedInOpenModelsWordsAndChangesNothing() throws IOException {
        evaluateAs(3);
        Path foreign = dir.resolve("notes.smlab");
        Files.writeString(foreign, "these are my notes, not a model");
        compare.bProperty().set(new Contender.Run(run));

        compare.openModelFile(foreign, Side.B);
        runBackground();

        assertEquals(FileState.FAILED, compare.fileStateProperty().get());
        String message = compare.fileMessageProperty().get();
        assertTrue(message.startsWith("Cannot open 'notes.smlab': it is not a SoftmaxLab model file."), message);
        assertTrue(evaluated.isEmpty(), "nothing to evaluate");
        assertEquals(new Contender.Run(run), compare.bProperty().get());
        assertFalse(compare.choices().stream().anyMatch(Contender.File.class::isInstance));

        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        compare.relocalize();
        assertTrue(compare.fileMessageProperty().get().contains("notes.smlab")
                && !compare.fileMessageProperty().get().contains("Cannot open"), compare.fileMessageProperty().get());

        compare.dismissFileMessage();
        assertEquals(FileState.NONE, compare.fileStateProperty().get());
    }

    @Test
    void aModelOpenedWithOpenModelIsOfferedWithTheSessionsEvaluationNeitherReadNorEvaluatedAgain() throws Exception {
        evaluateAs(0);
        Path file = savedByTheApp("opened.smlab");
        Files.delete(file); // reading it again would fail: what Open model read and evaluated is what is compared
        int[] predictions = labels.clone();
        predictions[0] = (labels[0] + 1) % 10;
        Evaluation sessions = new Evaluation(10, labels, predictions, new float[SIZE * 10], 0.5);

        compare.modelFileOpened(file, sessions);
        runBackground();

        assertEquals(FileState.NONE, compare.fileStateProperty().get(), compare.fileMessageProperty().get());
        assertTrue(evaluated.isEmpty(), "the opened model is evaluated once, by the session, not again here");
        assertEquals("opened.smlab", compare.name(compare.aProperty().get()));
        assertArrayEquals(predictions, compare.aProperty().get().testPredictions().orElseThrow());
    }

    @Test
    void aFileChosenWhileAnotherIsReadSupersedesIt() throws IOException {
        evaluateAs(1);
        Path first = savedByTheApp("first.smlab");
        Path second = savedByTheApp("second.smlab");
        compare.openModelFile(first, Side.A);
        compare.openModelFile(second, Side.A);
        runBackground();
        assertEquals(1, evaluated.size(), "the first is never evaluated");
        assertEquals("second.smlab", compare.name(compare.aProperty().get()));
        assertEquals(1, compare.choices().stream().filter(Contender.File.class::isInstance).count());
    }

    @Test
    void filesWaitForTheData() throws IOException {
        CompareViewModel early = new CompareViewModel(new BackgroundTasks(background::add, NOW), (spec, parameters) -> null);
        assertFalse(early.canOpenFilesProperty().get(), "no test set to evaluate on yet");
        evaluateAs(0);
        assertTrue(compare.canOpenFilesProperty().get());
    }
}
