package org.softmaxlab.ui.compare;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.inspect.RunComparison;
import org.softmaxlab.inspect.RunComparison.Cell;
import org.softmaxlab.session.RunHistory;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.gallery.GalleryViewModel;
import org.softmaxlab.ui.runs.RunLabelText;

/**
 * Two runs of the session on the test set: which runs can be compared (those whose last evaluation
 * left their predictions), the chosen A and B, their {@link RunComparison}, and a gallery of the
 * cell of the 2×2 table picked last.
 */
public final class CompareViewModel {

    private final ObservableList<RunRecord> choices = FXCollections.observableArrayList();
    private final ObjectProperty<RunRecord> a = new SimpleObjectProperty<>(this, "a");
    private final ObjectProperty<RunRecord> b = new SimpleObjectProperty<>(this, "b");
    private final ReadOnlyObjectWrapper<RunComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<Cell> cell = new ReadOnlyObjectWrapper<>(this, "cell", Cell.ONLY_B_RIGHT);
    private final GalleryViewModel gallery;
    private RunHistory history;
    private ImageSet testImages;

    public CompareViewModel(Executor background, Executor ui) {
        gallery = new GalleryViewModel(background, ui);
        a.addListener((obs, old, now) -> compare());
        b.addListener((obs, old, now) -> compare());
    }

    /** The session's runs, offered as A and B once they have test predictions. */
    public void setHistory(RunHistory runs) {
        history = runs;
        refreshChoices();
    }

    /** The data is loaded: the test images and their labels. */
    public void setTestImages(ImageSet test) {
        testImages = test;
        gallery.setImages(test);
        compare();
    }

    /** {@code run}'s model was just evaluated as {@code evaluation}: the run keeps its predictions for comparing. */
    public void evaluated(RunRecord run, Evaluation evaluation) {
        if (run == null || evaluation == null) {
            return;
        }
        run.setTestPredictions(RunComparison.predictions(evaluation));
        refreshChoices();
        if (run == a.get() || run == b.get()) {
            compare();
        }
    }

    /** Offers again the runs that can be compared (after runs were added, ended or removed). */
    public void refreshChoices() {
        List<RunRecord> usable = history == null ? List.of()
                : history.runs().stream().filter(r -> r.testPredictions().isPresent()).toList();
        if (!usable.equals(choices)) {
            RunRecord keepA = a.get();
            RunRecord keepB = b.get();
            choices.setAll(usable);
            a.set(usable.contains(keepA) ? keepA : null);
            b.set(usable.contains(keepB) ? keepB : null);
        }
        if (a.get() == null && b.get() == null && usable.size() >= 2) {
            a.set(usable.get(usable.size() - 2)); // the two newest: what a class just trained
            b.set(usable.get(usable.size() - 1));
        }
    }

    /** Shows the images of {@code chosen} in the gallery. */
    public void showCell(Cell chosen) {
        cell.set(chosen);
        RunComparison c = comparison.get();
        if (c == null) {
            gallery.setEvaluation(null);
            return;
        }
        // Each image as the model that got it wrong sees it: that is what the cell teaches.
        RunRecord seenBy = chosen == Cell.ONLY_A_RIGHT || chosen == Cell.BOTH_WRONG ? b.get() : a.get();
        gallery.showAmong(predictionsOnly(seenBy.testPredictions().orElseThrow()), c.indices(chosen));
    }

    private void compare() {
        RunRecord runA = a.get();
        RunRecord runB = b.get();
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
        float[] unknown = new float[predictions.length * FashionMnist.CLASS_COUNT];
        Arrays.fill(unknown, Float.NaN);
        return new Evaluation(testImages.labels(), predictions, unknown, Double.NaN);
    }

    /** What the choice boxes say for {@code run}. */
    public String runName(RunRecord run) {
        return run == null || history == null ? ""
                : Messages.format("compare.run", run.id(), RunLabelText.of(RunHistory.label(run, choices)));
    }

    public ObservableList<RunRecord> choices() {
        return choices;
    }

    public ObjectProperty<RunRecord> aProperty() {
        return a;
    }

    public ObjectProperty<RunRecord> bProperty() {
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

    public void relocalize() {
        gallery.relocalize();
    }
}
