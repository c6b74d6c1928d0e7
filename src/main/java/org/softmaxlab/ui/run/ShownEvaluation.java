package org.softmaxlab.ui.run;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.softmaxlab.run.TrainingRunner;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.tasks.NewestWins;

/**
 * The test-set evaluation the inspection views show: an epoch end's, or one asked for separately for
 * a model no epoch end evaluated (opened from a file, stopped inside an epoch). Such an answer comes
 * later, from the window's background tasks; it is dropped ({@link NewestWins}) if the model changed
 * meanwhile (a run started, a reset, another model opened), so that it never replaces a newer
 * evaluation.
 */
final class ShownEvaluation {

    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final NewestWins<Evaluation> asked;

    ShownEvaluation(BackgroundTasks tasks) {
        asked = tasks.newestWins();
    }

    /** Shows {@code value} (null for none); an answer still on its way is dropped. */
    void show(Evaluation value) {
        asked.cancel();
        evaluation.set(value);
    }

    /** The model is about to change (a run starts): an answer still on its way is dropped. */
    void modelChanging() {
        asked.cancel();
    }

    /**
     * Asks {@code runner} to evaluate {@code model} in the background, and shows the answer unless the
     * model changed first; then hands it to {@code alsoTo} too. A failure goes to {@code failed}.
     */
    void evaluate(TrainingRunner runner, Model model, Consumer<Evaluation> alsoTo, Consumer<Throwable> failed) {
        asked.submit(runner.evaluation(model), result -> {
            evaluation.set(result);
            alsoTo.accept(result);
        }, failed);
    }

    /** The evaluation shown, or null. */
    Evaluation current() {
        return evaluation.get();
    }

    ReadOnlyObjectProperty<Evaluation> property() {
        return evaluation.getReadOnlyProperty();
    }
}
