package org.softmaxlab.ui.run;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.softmaxlab.ui.Messages;

/**
 * Which run buttons are enabled, and why Start is not: all derived from the run state, the
 * settings and whether there is anything to reset. Kept apart from {@link TrainingViewModel} so
 * that the rules sit in one small place.
 */
final class RunCommands {

    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private final ReadOnlyBooleanWrapper canReset = new ReadOnlyBooleanWrapper(this, "canReset");
    private final ReadOnlyBooleanWrapper canPauseOrResume = new ReadOnlyBooleanWrapper(this, "canPauseOrResume");
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper(this, "canStop");
    private final ReadOnlyBooleanWrapper canStep = new ReadOnlyBooleanWrapper(this, "canStep");
    private final ReadOnlyBooleanWrapper settingsEditable = new ReadOnlyBooleanWrapper(this, "settingsEditable");
    private final ReadOnlyStringWrapper startBlockedReason = new ReadOnlyStringWrapper(this, "startBlockedReason");

    /**
     * Recomputes every flag.
     *
     * @param somethingToReset whether there is a model or a curve that Reset would throw away
     */
    void update(RunState now, SettingsForm settings, boolean somethingToReset) {
        canStart.set(now == RunState.READY && settings.isValid());
        canReset.set(now == RunState.READY && somethingToReset);
        canPauseOrResume.set(now == RunState.RUNNING || now == RunState.PAUSED);
        canStop.set(now == RunState.RUNNING || now == RunState.PAUSED);
        canStep.set(now == RunState.PAUSED || (now == RunState.READY && settings.isValid()));
        // A run's settings are fixed when it starts, so none can be edited while one is active.
        settingsEditable.set(!now.isActive());
        if (now == RunState.WAITING_FOR_DATA) {
            startBlockedReason.set(Messages.get("training.blocked.data"));
        } else if (!settings.isValid() && !now.isActive()) {
            startBlockedReason.set(String.join("\n", settings.problems()));
        } else {
            startBlockedReason.set("");
        }
    }

    ReadOnlyBooleanProperty canStart() {
        return canStart.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canReset() {
        return canReset.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canPauseOrResume() {
        return canPauseOrResume.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canStep() {
        return canStep.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canStop() {
        return canStop.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty settingsEditable() {
        return settingsEditable.getReadOnlyProperty();
    }

    ReadOnlyStringProperty startBlockedReason() {
        return startBlockedReason.getReadOnlyProperty();
    }
}
