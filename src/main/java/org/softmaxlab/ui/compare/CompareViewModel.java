package org.softmaxlab.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.inspect.RunComparison;
import org.softmaxlab.inspect.RunComparison.Cell;
import org.softmaxlab.session.RunDataset;
import org.softmaxlab.session.RunHistory;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.gallery.GalleryViewModel;
import org.softmaxlab.ui.runs.RunLabelText;
import org.softmaxlab.ui.tasks.BackgroundTasks;

/**
 * Two models on the test set: which can be compared (the session's runs whose last evaluation left
 * their predictions, and model files evaluated here), the chosen A and B, their
 * {@link RunComparison}, and a gallery of the cell of the 2×2 table picked last.
 */
public final class CompareViewModel {

    /** Which of the two a model file is chosen for. */
    public enum Side { A, B }

    /** What the tab says about a model file being read: nothing, still evaluating, or what is wrong. */
    public enum FileState { NONE, EVALUATING, FAILED }

    private final ObservableList<Contender> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Contender> a = new SimpleObjectProperty<>(this, "a");
    private final ObjectProperty<Contender> b = new SimpleObjectProperty<>(this, "b");
    /** The model files evaluated so far, oldest first; offered after the runs. */
    private final List<Contender.File> files = new ArrayList<>();
    private final FileEvaluator fileEvaluator;
    private final ReadOnlyObjectWrapper<FileState> fileState = new ReadOnlyObjectWrapper<>(this, "fileState", FileState.NONE);
    private final ReadOnlyStringWrapper fileMessage = new ReadOnlyStringWrapper(this, "fileMessage", "");
    private final ReadOnlyBooleanWrapper canOpenFiles = new ReadOnlyBooleanWrapper(this, "canOpenFiles");
    /** The file message, made again on a language switch. */
    private Supplier<String> fileMessageText = () -> "";
    private final ReadOnlyObjectWrapper<RunComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<Cell> cell = new ReadOnlyObjectWrapper<>(this, "cell", Cell.ONLY_B_RIGHT);
    private final GalleryViewModel gallery;
    private RunHistory history;
    private ImageSet testImages;
    /** The data set open now: only runs and files tested on its test set are offered. */
    private RunDataset dataset = RunDataset.FASHION_MNIST;
    private final ReadOnlyStringWrapper otherDatasets = new ReadOnlyStringWrapper(this, "otherDatasets", "");
    /** The models left out because they were tested on another data set: per data set's name, runs and files. */
    private Map<String, int[]> leftOut = Map.of();

    /**
     * @param tasks  where model files are read and evaluated, and the gallery's per-image work
     * @param models builds a model from saved parameters ({@code Model::of})
     */
    public CompareViewModel(BackgroundTasks tasks, BiFunction<ModelSpec, float[], Model> models) {
        gallery = new GalleryViewModel(tasks);
        fileEvaluator = new FileEvaluator(tasks, models);
        a.addListener((obs, old, now) -> compare());
        b.addListener((obs, old, now) -> compare());
    }

    /** The session's runs, offered as A and B once they have test predictions. */
    public void setHistory(RunHistory runs) {
        history = runs;
        refreshChoices();
    }

    /**
     * The window now shows {@code now}: A and B are chosen only among the runs and files tested on its
     * test images (a comparison across data sets would pair predictions about different images); the
     * others stay, and are offered again when their data set is back.
     */
    public void setDataset(RunDataset now) {
        dataset = java.util.Objects.requireNonNull(now, "now");
        refreshChoices();
    }

    /** "3 runs on MNIST are not shown: another data set." when some are left out; empty otherwise. */
    public ReadOnlyStringProperty otherDatasetsProperty() {
        return otherDatasets.getReadOnlyProperty();
    }

    /** The data is loaded: the test images and their labels. */
    public void setTestImages(ImageSet test) {
        testImages = test;
        gallery.setImages(test);
        compare();
    }

    /** The data is loaded: {@code evaluate} evaluates a model on the test set, called away from the JavaFX thread. */
    public void setTestEvaluator(Function<Model, Evaluation> evaluate) {
        fileEvaluator.setTestSet(evaluate);
        canOpenFiles.set(true);
    }

    /** True once model files can be evaluated (the data is loaded). */
    public ReadOnlyBooleanProperty canOpenFilesProperty() {
        return canOpenFiles.getReadOnlyProperty();
    }

    /**
     * Reads the model in {@code file} and evaluates it on the test set in the background, then offers it
     * as a choice and puts it on {@code side}; a file that cannot be used is said in {@link #fileMessageProperty()}.
     */
    public void openModelFile(Path file, Side side) {
        openFile(file, side);
    }

    /**
     * A model was opened with File → Open model and evaluated for the inspection views as
     * {@code evaluation}: it is offered too, and chosen where A or B is still empty. The file is not
     * read, nor its model evaluated, again.
     */
    public void modelFileOpened(Path file, Evaluation evaluation) {
        addFile(new Contender.File(file, RunComparison.predictions(evaluation), dataset), null);
    }

    /** Reads {@code file} and evaluates its model; a file asked for later supersedes it. */
    private void openFile(Path file, Side side) {
        if (!fileEvaluator.ready()) {
            return;
        }
        String name = String.valueOf(file.getFileName());
        showFile(FileState.EVALUATING, () -> Messages.format("compare.file.evaluating", name));
        fileEvaluator.evaluate(file, dataset, done -> {
            showFile(FileState.NONE, () -> "");
            addFile(done, side);
        }, problem -> showFile(FileState.FAILED, problem.detail()));
    }

    private void showFile(FileState state, Supplier<String> message) {
        fileMessageText = message;
        fileMessage.set(message.get());
        fileState.set(state);
    }

    private void addFile(Contender.File file, Side side) {
        Contender.File replaced = files.stream().filter(f -> f.sameFile(file)).findFirst().orElse(null);
        boolean wasA = replaced != null && replaced.equals(a.get());
        boolean wasB = replaced != null && replaced.equals(b.get());
        files.remove(replaced);
        files.add(file);
        refreshChoices();
        // The file read again replaces its older self where that was chosen (it may have changed).
        if (wasA || side == Side.A || side == null && a.get() == null) {
            a.set(file);
        }
        if (wasB || side == Side.B || side == null && b.get() == null && a.get() != file) {
            b.set(file);
        }
        compare();
    }

    /** "Evaluating x.smlab on the test set…", or why a file could not be compared; empty otherwise. */
    public ReadOnlyStringProperty fileMessageProperty() {
        return fileMessage.getReadOnlyProperty();
    }

    /** Whether a file is being evaluated or could not be compared. */
    public ReadOnlyObjectProperty<FileState> fileStateProperty() {
        return fileState.getReadOnlyProperty();
    }

    /** Stops saying what went wrong with a file. */
    public void dismissFileMessage() {
        if (fileState.get() == FileState.FAILED) {
            showFile(FileState.NONE, () -> "");
        }
    }

    /** {@code run}'s model was just evaluated as {@code evaluation}: the run keeps its predictions for comparing. */
    public void evaluated(RunRecord run, Evaluation evaluation) {
        if (run == null || evaluation == null) {
            return;
        }
        run.setTestPredictions(RunComparison.predictions(evaluation));
        refreshChoices();
        Contender.Run evaluated = new Contender.Run(run);
        if (evaluated.equals(a.get()) || evaluated.equals(b.get())) {
            compare();
        }
    }

    /** Offers again the runs that can be compared (after runs were added, ended or removed), then the files. */
    public void refreshChoices() {
        List<Contender> tested = new ArrayList<>();
        if (history != null) {
            history.runs().stream().filter(r -> r.testPredictions().isPresent()).map(Contender.Run::new)
                    .forEach(tested::add);
        }
        tested.addAll(files);
        List<Contender> usable = tested.stream().filter(c -> c.dataset().sameAs(dataset)).toList();
        List<Contender> runs = usable.stream().filter(Contender.Run.class::isInstance).toList();
        Map<String, int[]> others = new LinkedHashMap<>();
        tested.stream().filter(c -> !c.dataset().sameAs(dataset)).forEach(c ->
                others.computeIfAbsent(c.dataset().name(), name -> new int[2])[c instanceof Contender.Run ? 0 : 1]++);
        leftOut = others;
        otherDatasets.set(otherDatasetsText());
        if (!usable.equals(choices)) {
            Contender keepA = a.get();
            Contender keepB = b.get();
            choices.setAll(usable);
            a.set(usable.contains(keepA) ? keepA : null);
            b.set(usable.contains(keepB) ? keepB : null);
        }
        if (a.get() == null && b.get() == null && runs.size() >= 2) {
            a.set(runs.get(runs.size() - 2)); // the two newest runs: what a class just trained
            b.set(runs.get(runs.size() - 1));
        }
    }

    /**
     * Whose answers caption the images of {@code cell}: each image as the model that got it wrong sees
     * it, since that is what the cell teaches (A's where both are right or only B is).
     */
    public static Side captionedBy(Cell cell) {
        return cell == Cell.ONLY_A_RIGHT || cell == Cell.BOTH_WRONG ? Side.B : Side.A;
    }

    /** Shows the images of {@code chosen} in the gallery. */
    public void showCell(Cell chosen) {
        cell.set(chosen);
        RunComparison c = comparison.get();
        if (c == null) {
            gallery.setEvaluation(null);
            return;
        }
        Contender seenBy = captionedBy(chosen) == Side.A ? a.get() : b.get();
        gallery.showAmong(predictionsOnly(seenBy.testPredictions().orElseThrow()), c.indices(chosen));
    }

    private void compare() {
        Contender runA = a.get();
        Contender runB = b.get();
        if (runA == null || runB == null || testImages == null || runA.testPredictions().isEmpty()
                || runB.testPredictions().isEmpty()) {
            comparison.set(null);
            gallery.setEvaluation(null);
            return;
        }
        comparison.set(new RunComparison(testImages.labels(), runA.testPredictions().get(),
                runB.testPredictions().get()));
        showCell(cell.get());
    }

    /** An evaluation that knows the predictions only: the gallery shows no probabilities for it. */
    private Evaluation predictionsOnly(int[] predictions) {
        int classes = WindowDataset.classCount();
        float[] unknown = new float[predictions.length * classes];
        Arrays.fill(unknown, Float.NaN);
        return new Evaluation(classes, testImages.labels(), predictions, unknown, Double.NaN);
    }

    /** What the choice boxes say for {@code choice}: the run's number and label, or the file's name. */
    public String name(Contender choice) {
        if (choice instanceof Contender.File file) {
            return file.name();
        }
        if (choice instanceof Contender.Run run && history != null) {
            List<RunRecord> runs = choices.stream().filter(Contender.Run.class::isInstance)
                    .map(c -> ((Contender.Run) c).run()).toList();
            // "Run 22", not "Run 22: run 22", when no setting sets the run apart.
            return RunLabelText.described(RunHistory.label(run.run(), runs));
        }
        return "";
    }

    /** What can be chosen as A and B: the runs with test predictions, then the model files. */
    public ObservableList<Contender> choices() {
        return choices;
    }

    public ObjectProperty<Contender> aProperty() {
        return a;
    }

    public ObjectProperty<Contender> bProperty() {
        return b;
    }

    /** The comparison of A and B, or null until both are chosen and the data is loaded. */
    public ReadOnlyObjectProperty<RunComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The cell the gallery shows. */
    public ReadOnlyObjectProperty<Cell> cellProperty() {
        return cell.getReadOnlyProperty();
    }

    /** The gallery of the chosen cell. */
    public GalleryViewModel gallery() {
        return gallery;
    }

    /** One sentence per other data set: how many of its runs, and of its files, are not offered. */
    private String otherDatasetsText() {
        List<String> sentences = new ArrayList<>();
        leftOut.forEach((name, counts) -> {
            if (counts[0] > 0) {
                sentences.add(Messages.format("compare.otherDataset.runs", counts[0], name));
            }
            if (counts[1] > 0) {
                sentences.add(Messages.format("compare.otherDataset.files", counts[1], name));
            }
        });
        return String.join(" ", sentences);
    }

    public void relocalize() {
        otherDatasets.set(otherDatasetsText());
        gallery.relocalize();
        fileMessage.set(fileMessageText.get());
    }
}
