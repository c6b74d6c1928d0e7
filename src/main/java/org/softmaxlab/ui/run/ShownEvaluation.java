package org.softmaxlab.ui.run;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.softmaxlab.run.TrainingRunner;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;

/**
 * The test-set evaluation the inspection views show: an epoch end's, or one asked for separately for
 * a model no epoch end evaluated (opened from a file, stopped inside an epoch). Such an answer comes
 * later, from another thread; a ticket drops it if the model changed meanwhile (a run started, a
 * reset, another model opened), so that it never replaces a newer evaluation.
 */
final class ShownEvaluation {

    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private long ticket;

    /** Shows {@code value} (null for none); an answer still on its way is dropped. */
    void show(Evaluation value) {
        ticket++;
        evaluation.set(value);
    }

    /** The model is about to change (a run starts): an answer still on its way is dropped. */
    void modelChanging() {
        ticket++;
    }

    /** Asks {@code runner} to evaluate {@code model}, and shows the answer unless the model changed first. */
    void evaluate(TrainingRunner runner, Model model) {
        long asked = ++ticket;
        runner.evaluate(model, result -> {
            if (asked == ticket) {
                evaluation.set(result);
            }
        });
    }

    /** The evaluation shown, or null. */
    Evaluation current() {
        return evaluation.get();
    }

    ReadOnlyObjectProperty<Evaluation> property() {
        return evaluation.getReadOnlyProperty();
    }
}
