package org.softmaxlab.run;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.StopPoint;
import org.softmaxlab.train.TrainConfig;

/**
 * The session as one explicit model, free of JavaFX: the run's {@link RunPhase phase} and the
 * commands that move it (start, pause, step, step epoch, stop, reset, open, a run beside the model),
 * the {@link CurrentModel current model} with its history and its place inside an epoch, and the
 * live copies, each {@link #drain()} returning one immutable {@link SessionSnapshot}. Every view of
 * the window derives from what this says; a command that does not apply in the phase is ignored.
 *
 * <p>One thread only (the JavaFX thread in the window, the test's in tests); the trainer's thread is
 * reached only through the run's control and event bridge.
 *
 * <p>The rules: Start after Stop goes on at the stopped run's next batch (same order, same sums) if
 * the settings still give the same batches, else it trains the model further from where it stands.
 * Start with another model kind drops the model and its history together (the window asks first,
 * as it does before any command that drops training no file holds: {@link #wouldLoseTraining()}).
 * A run {@link #startBeside beside} the model trains a fresh model of its own and leaves the current
 * model, its stop point and its history as they were.
 */
public final class RunController {

    private RunPhase phase = RunPhase.LOADING;
    private TrainingRunner runner;
    private CurrentModel current;
    private ActiveRun active;
    private Pace pace = Pace.FULL_SPEED;
    private boolean weightsWanted;
    private boolean batchWanted;

    /**
     * A run that began.
     *
     * @param config     its settings
     * @param origin     where it begins on the epoch axis
     * @param freshModel whether it trains fresh weights (the curves start over)
     * @param continued  whether it goes on from a stopped run's next batch
     * @param beside     whether it trains a model of its own beside the current one
     */
    public record RunStart(TrainConfig config, double origin, boolean freshModel, boolean continued,
                           boolean beside) {
    }

    /** The data is loaded; runs go to {@code trainingRunner}. */
    public void dataReady(TrainingRunner trainingRunner) {
        runner = Objects.requireNonNull(trainingRunner, "trainingRunner");
        if (phase == RunPhase.LOADING) {
            phase = RunPhase.IDLE;
        }
    }

    /**
     * Start: a stopped run goes on at its next batch; otherwise the current model trains further, or
     * fresh weights when there is none or {@code config} names another model kind (which drops the
     * model and its history). Null (nothing started) unless the phase is at rest.
     */
    public RunStart start(TrainConfig config) {
        return begin(Objects.requireNonNull(config, "config"), false, false);
    }

    /**
     * A run of {@code config} on fresh weights of its own, beside the current model, which it leaves
     * as it is (the overflow demo). Starts paused when {@code paused}. Null unless at rest.
     */
    public RunStart startBeside(TrainConfig config, boolean paused) {
        return begin(Objects.requireNonNull(config, "config"), paused, true);
    }

    /**
     * S: a paused run trains one batch; at rest, a run starts paused (as Start would) and trains its
     * first batch. While a stepped epoch trains, ignored; during its test evaluation, kept for after
     * it. Returns the run started, if one was.
     */
    public RunStart step(TrainConfig config) {
        return stepWith(config, false);
    }

    /** E: as {@link #step}, but to the end of the epoch and its test evaluation. */
    public RunStart stepEpoch(TrainConfig config) {
        return stepWith(config, true);
    }

    private RunStart stepWith(TrainConfig config, boolean epoch) {
        RunStart started = null;
        if (phase.isAtRest() && config != null) {
            started = begin(config, true, false);
        }
        if (phase.isPaused()) {
            askForWantedCopies(); // the stepped batch itself, not the one after the next drain
            if (epoch) {
                active.control.stepEpoch();
            } else {
                active.control.step();
            }
            phase = RunPhase.STEPPING;
        }
        return started;
    }

    private RunStart begin(TrainConfig config, boolean paused, boolean beside) {
        if (!phase.isAtRest() || runner == null) {
            return null;
        }
        // The kind and hidden units, not the sizes: the settings name an unsized model (784 → 10), the
        // current one is sized for its data set (784 → 3 on a three-class folder) and trains further.
        if (!beside && current != null && !current.model().spec().sameArchitecture(config.model())) {
            current = null; // another kind of model: nothing of this one carries over, its history neither
        }
        Model model = beside || current == null ? null : current.model();
        StopPoint stop = beside || current == null ? null : current.stopPoint();
        boolean continued = stop != null && stop.fits(config);
        double origin;
        if (model == null) {
            origin = 0;
        } else if (continued) {
            origin = current.epochs().size() - stop.epochsDone().size();
        } else {
            origin = current.position();
        }
        active = new ActiveRun(config, origin, beside, continued ? stop.epochsDone().size() : 0);
        active.control.setPace(pace);
        if (paused) {
            active.control.pause();
        }
        phase = paused ? RunPhase.PAUSED : RunPhase.RUNNING;
        active.start(runner, model, continued ? stop : null);
        return new RunStart(config, origin, model == null, continued, beside);
    }

    /** Space: pauses a running run, resumes a paused (or stepping) one. */
    public void togglePause() {
        if (phase == RunPhase.RUNNING) {
            active.control.pause();
            phase = RunPhase.PAUSED;
        } else if (phase.isPaused()) {
            active.control.resume();
            phase = RunPhase.RUNNING;
        }
    }

    /** Esc: the run stops before its next batch; STOPPING until its end is drained. */
    public void stop() {
        if (phase == RunPhase.RUNNING || phase.isPaused()) {
            active.control.cancel();
            phase = RunPhase.STOPPING;
        }
    }

    /** Drops the current model, its history and its stop point; false (nothing done) while a run is active. */
    public boolean reset() {
        if (!phase.isAtRest()) {
            return false;
        }
        current = null;
        phase = RunPhase.IDLE;
        return true;
    }

    /**
     * Makes {@code opened} the current model, as if runs with {@code epochs} had trained it, saved (a
     * file holds it); false (nothing done) while a run is active or the data is loading.
     */
    public boolean open(TrainConfig config, List<EpochMetrics> epochs, Model opened) {
        if (!phase.isAtRest() && phase != RunPhase.LOADING) {
            return false;
        }
        current = new CurrentModel(opened, config, epochs, null, true);
        if (phase != RunPhase.LOADING) {
            phase = RunPhase.IDLE;
        }
        return true;
    }

    /** A model file now holds the current model as it is. */
    public void saved() {
        if (current != null && phase.isAtRest()) {
            current = current.asSaved();
        }
    }

    /**
     * Takes what the run published since the last drain, in the documented order: whether a step is
     * still under way, then the events, the progress and the copies ({@link TrainingEvents#drain()}),
     * so that a step seen to be over has all its events in this snapshot. A run's end moves the phase
     * and the current model here.
     */
    public SessionSnapshot drain() {
        if (active == null) {
            return SessionSnapshot.quiet(phase);
        }
        ActiveRun run = active;
        askForWantedCopies();
        boolean stepping = run.control.isStepping();
        TrainingEvents.Drained drained = run.events.drain();
        if (phase == RunPhase.STEPPING && !stepping) {
            phase = RunPhase.PAUSED;
        }
        RunOutcome finished = null;
        for (TrainingEvent event : drained.events()) {
            if (event instanceof TrainingEvent.Finished end) {
                finished = end.outcome();
            }
        }
        if (finished != null) {
            finish(run, finished);
        }
        return new SessionSnapshot(phase, run.config, run.origin, run.epochsBefore(), run.earlierEpochs, run.beside,
                drained.events(),
                drained.latest(), drained.evaluation(), drained.weights(), drained.batch(), finished);
    }

    private void finish(ActiveRun run, RunOutcome outcome) {
        active = null;
        phase = switch (outcome.status()) {
            case COMPLETED -> RunPhase.FINISHED;
            case CANCELLED -> RunPhase.STOPPED;
            case DIVERGED, FAILED -> RunPhase.DIVERGED;
        };
        if (run.beside) {
            return; // the demo's model was its own; the current model is as it was
        }
        boolean usable = outcome.model() != null && (outcome.status() == RunOutcome.Status.COMPLETED
                || outcome.status() == RunOutcome.Status.CANCELLED);
        if (!usable) {
            current = null;
        } else if (current == null || current.model() != outcome.model()) {
            current = CurrentModel.fresh(outcome.model(), run.config, List.of(), run.epochsBefore(),
                    outcome.epochs(), outcome.stopPoint());
        } else {
            current = current.after(outcome.model(), run.config, run.epochsBefore(), outcome.epochs(),
                    outcome.stopPoint());
        }
    }

    private void askForWantedCopies() {
        if (active == null) {
            return;
        }
        if (weightsWanted) {
            active.control.requestWeights();
        }
        if (batchWanted) {
            active.control.requestBatch();
        }
    }

    /** Whether open views want the weights copied out at each drain. */
    public void wantWeights(boolean value) {
        weightsWanted = value;
    }

    /** Whether an open view wants each step's batch copied out. */
    public void wantBatches(boolean value) {
        batchWanted = value;
    }

    /** How fast runs go; the active run's pace changes at once (between two batches). */
    public void setPace(Pace value) {
        pace = Objects.requireNonNull(value, "value");
        if (active != null) {
            active.control.setPace(value);
        }
    }

    /**
     * Asks the active run to train at {@code learningRate} from its next batch on; false (nothing
     * asked) when no run is running or paused, or the rate is not a finite number &gt; 0.
     */
    public boolean changeLearningRate(double learningRate) {
        if (!(phase == RunPhase.RUNNING || phase.isPaused()) || !(learningRate > 0)
                || !Double.isFinite(learningRate)) {
            return false;
        }
        active.control.setLearningRate(learningRate);
        return true;
    }

    /** Cancels an active run and waits up to {@code timeout} for its thread; true if none is left. */
    public boolean shutdown(Duration timeout) {
        return active == null || active.cancelAndAwait(timeout);
    }

    public RunPhase phase() {
        return phase;
    }

    /** The current model, or null (none, or it is being trained: read it only at rest). */
    public CurrentModel current() {
        return current;
    }

    /** Whether the active run (if any) trains a model of its own beside the current one. */
    public boolean runIsBeside() {
        return active != null && active.beside;
    }

    /** The settings of the active run, or null. */
    public TrainConfig activeConfig() {
        return active == null ? null : active.config;
    }

    /**
     * Whether dropping the current model now loses training no file holds: Reset, Open model, a
     * model-kind switch, the overflow demo's Start and Quit ask first.
     */
    public boolean wouldLoseTraining() {
        return current != null && current.wouldLoseTraining();
    }

    /** Whether Start with {@code config} would go on at a stopped run's next batch. */
    public boolean wouldContinue(TrainConfig config) {
        return phase.isAtRest() && current != null && current.stopPoint() != null
                && current.model().spec().equals(config.model()) && current.stopPoint().fits(config);
    }

    /** Whether Start with {@code config} would drop the current model (another kind). */
    public boolean wouldDropFor(TrainConfig config) {
        return current != null && !current.model().spec().sameArchitecture(config.model());
    }
}
