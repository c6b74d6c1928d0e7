package org.softmaxlab.ui.numerics;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.run.TrainingEvent;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.banner.Notice;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.run.EndReasonText;
import org.softmaxlab.ui.run.RunObserver;
import org.softmaxlab.run.RunPhase;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.SettingsForm;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.runs.RunsViewModel;

/**
 * "Show me the overflow": the lesson's point made on the real data. One click trains
 * {@link #NAIVE} (learning rate 3 pushes a logit past float32's exp limit of 88.72 within a few
 * batches, so log(softmax(o)) becomes NaN), then the same settings and seed with the stable
 * formula, which trains on. The banner keeps the trainer's explanation of the failure; the charts
 * show the two runs together, labelled by the one setting that differs.
 *
 * <p>Both runs train models of their own beside the teacher's: the current model, its history and
 * the settings form are as they were after the demo, so nothing trained is lost to it. A demo the
 * user paused and steps through stays paused: the stable run then starts paused too, and the One
 * step tab keeps showing the step that overflowed until the next step.
 */
public final class OverflowDemo implements RunObserver {

    /**
     * Measured on the full Fashion-MNIST: diverges at epoch 1, batch 3 with the naive formula
     * (largest logit 120 &gt; 88.72), reaches ≈ 70% test accuracy in 2 epochs with the stable one.
     */
    public static final TrainConfig NAIVE = new TrainConfig(2, 3, 256, 0.01, 42, LossFormula.NAIVE);

    private enum Phase { IDLE, NAIVE_RUN, STABLE_RUN }

    private final TrainingViewModel training;
    private final RunsViewModel runs;
    private final Consumer<Runnable> later;
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private Phase phase = Phase.IDLE;
    private RunOutcome naiveOutcome;
    /** Whether the user held the demo's run (paused, or stepping) when it last changed phase. */
    private boolean held;

    /**
     * @param later runs an action after the current event has been handled (Platform::runLater in the
     *              window): the second run may start only once the training view-model has finished the first
     */
    public OverflowDemo(TrainingViewModel training, RunsViewModel runs, Consumer<Runnable> later) {
        this.training = Objects.requireNonNull(training, "training");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.later = Objects.requireNonNull(later, "later");
        training.addRunObserver(this);
        training.stateProperty().addListener((obs, old, now) -> canStart.set(now == RunState.READY));
        canStart.set(training.stateProperty().get() == RunState.READY);
    }

    /** Starts the naive run, from fresh weights, with only the demo's runs drawn; ignored unless ready. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        held = false;
        phase = Phase.NAIVE_RUN;
        // The form keeps the teacher's settings: the demo's own are in the banner and the run list.
        training.startWith(NAIVE);
        runs.deselectAll(); // the demo's run is the live one now, the teacher's is kept in the list
        training.showNotice(() -> new Notice(Severity.INFO, Messages.get("overflow.step1.title"),
                Messages.format("overflow.step1.detail", settings(NAIVE)), null));
    }

    @Override
    public void phaseChanged(RunPhase now) {
        if (now.isActive() && now != RunPhase.STOPPING) {
            held = now.isPaused();
        }
    }

    @Override
    public void drained(List<TrainingEvent> events, BatchProgress latest, double origin) {
        for (TrainingEvent event : events) {
            if (event instanceof TrainingEvent.Finished finished) {
                ended(finished.outcome());
            }
        }
    }

    private void ended(RunOutcome outcome) {
        if (phase == Phase.NAIVE_RUN) {
            naiveOutcome = outcome;
            phase = outcome.status() == RunOutcome.Status.CANCELLED ? Phase.IDLE : Phase.STABLE_RUN;
            if (phase == Phase.STABLE_RUN) {
                later.accept(this::startStable);
            }
        } else if (phase == Phase.STABLE_RUN) {
            phase = Phase.IDLE;
            if (outcome.status() != RunOutcome.Status.CANCELLED) {
                later.accept(() -> summarize(outcome));
            }
        }
    }

    private void startStable() {
        training.startBeside(NAIVE.withLossFormula(LossFormula.STABLE), held); // left where the user left it
        boolean failed = naiveFailed();
        EndReason failure = naiveOutcome.reason();
        training.showNotice(() -> failed
                ? new Notice(Severity.ERROR, Messages.get("overflow.step2.title"),
                        Messages.format("overflow.step2.detail", EndReasonText.of(failure)), null)
                : new Notice(Severity.INFO, Messages.get("overflow.noFailure.title"),
                        Messages.get("overflow.noFailure.detail"), null));
    }

    private void summarize(RunOutcome stable) {
        boolean failed = naiveFailed();
        EndReason failure = naiveOutcome.reason();
        // Made again (in the new language) when the language changes.
        training.showNotice(() -> {
            EpochMetrics last = stable.lastEpoch();
            String stableResult = stable.status() == RunOutcome.Status.COMPLETED && last != null
                    ? Messages.format("overflow.stableTrained", last.testAccuracy(), last.epoch())
                    : Messages.format("overflow.stableFailed", EndReasonText.of(stable.reason()));
            String naiveResult = failed ? EndReasonText.of(failure) : Messages.get("overflow.naiveTrained");
            return new Notice(failed ? Severity.ERROR : Severity.INFO,
                    Messages.get(failed ? "overflow.done.title" : "overflow.noFailure.title"),
                    Messages.format("overflow.done.detail", naiveResult, stableResult), null);
        });
    }

    private boolean naiveFailed() {
        return naiveOutcome != null && (naiveOutcome.status() == RunOutcome.Status.DIVERGED
                || naiveOutcome.status() == RunOutcome.Status.FAILED);
    }

    /** "2 epochs at learning rate 3, batch 256, seed 42, init σ 0.01". */
    static String settings(TrainConfig c) {
        return Messages.format("overflow.settings", c.epochs(), SettingsForm.formatDecimal(c.learningRate()),
                c.batchSize(), Long.toString(c.seed()), SettingsForm.formatDecimal(c.initStd()));
    }

    /** True when the demo can start: the data is loaded and no run is active. */
    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }
}
