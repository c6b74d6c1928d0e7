package org.softmaxlab.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.run.RunObserver;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.run.TrainingViewModel;

/**
 * The learning rate typed while a run trains: Apply hands it to the run, which uses it from its
 * next batch on (the charts mark where). Validated like the settings field, so the same messages
 * explain a bad value. Each run starts with its own rate in the field.
 */
public final class LiveLearningRate {

    private final TrainingViewModel training;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");
    private final ChangeListener<RunState> stateListener = (obs, old, now) -> update();

    /** The control for the runs of {@code training}. */
    public LiveLearningRate(TrainingViewModel training) {
        this.training = training;
        text.addListener((obs, old, now) -> update());
        // Made once per window (MainWindow holds it across rebuilds of the settings panel).
        training.stateProperty().addListener(stateListener);
        // The rate the run starts with, which is not the form's when the overflow demo runs its own.
        training.addRunObserver(new RunObserver() {
            @Override
            public void runStarting(TrainConfig config, double origin, boolean freshModel) {
                // Every digit: a rounded rate would be a change of rate on Apply.
                text.set(java.math.BigDecimal.valueOf(config.learningRate()).stripTrailingZeros().toPlainString());
            }
        });
        if (training.canPauseOrResumeProperty().get()) {
            text.set(settingsRate());
        }
        update();
    }

    /** Sends the typed rate to the run; false if there is no run to take it or the text is not valid. */
    public boolean apply() {
        if (!canApply.get()) {
            return false;
        }
        return training.changeLearningRate(Double.parseDouble(text.get().strip()));
    }

    private String settingsRate() {
        return training.settings().textProperty(Field.LEARNING_RATE).get();
    }

    /** Checks the typed rate again, e.g. so that its problem is said in the language now spoken. */
    public void revalidate() {
        update();
    }

    private void update() {
        String found = training.settings().problemFor(Field.LEARNING_RATE, text.get());
        problem.set(found == null ? "" : found);
        canApply.set(found == null && training.canPauseOrResumeProperty().get());
    }

    /** The rate as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the typed rate cannot be used, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a run is running or paused and the typed rate is valid. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }
}
