package org.softmaxlab.ui.run;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.softmaxlab.run.CurrentModel;
import org.softmaxlab.run.RunController;
import org.softmaxlab.run.RunPhase;
import org.softmaxlab.run.SessionSnapshot;
import org.softmaxlab.run.TrainedModel;
import org.softmaxlab.run.TrainingRunner;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.banner.Notice;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.status.StatusViewModel;

/**
 * The training screen's view of the session: the settings form, and the JavaFX properties that the
 * status bar, the banner, the run list, the charts and the One step tab bind to, all derived from one
 * FX-free {@link RunController} (the run's phase, the current model with its history and stop point,
 * the live copies). Lives on the UI thread; the run's events arrive only through {@link #drain()},
 * one {@link SessionSnapshot} at a time.
 *
 * <p>Start after Stop goes on at the stopped run's next batch; after a finished run it trains the
 * model further; Reset drops the model so the next Start begins from fresh weights. A run that
 * diverged or failed drops its model but leaves its curves on screen until the next Start. A model
 * opened from a file ({@link #openModel}) takes the current model's place, with its settings and
 * epochs. A command that would drop training no file holds (Start with another model kind) goes
 * through the {@link DropGuard} first, which the window answers with the question Reset asks.
 *
 * <p>{@link RunObserver}s (the run history, the overflow demo) hear of each start, drain and reset.
 */
public final class TrainingViewModel {

    private static final System.Logger LOG = System.getLogger(TrainingViewModel.class.getName());

    /** What would drop unsaved training, for the question asked first. */
    public enum Drop { RESET, OPEN, SWITCH_MODEL, SWITCH_DATASET, QUIT }

    /**
     * Asked before a command drops training no file holds: runs {@code proceed} if the user agrees
     * (the window asks as Reset does); the default proceeds at once (tests of the view-model alone).
     */
    @FunctionalInterface
    public interface DropGuard {
        void confirm(Drop what, CurrentModel model, Runnable proceed);
    }

    private final SettingsForm settings = new SettingsForm();
    private final StatusViewModel status;
    private final LiveCurves curves = new LiveCurves();
    private final RunController session = new RunController();
    private final ReadOnlyObjectWrapper<RunState> state =
            new ReadOnlyObjectWrapper<>(this, "state", RunState.WAITING_FOR_DATA);
    private final ReadOnlyObjectWrapper<RunPhase> phase =
            new ReadOnlyObjectWrapper<>(this, "phase", RunPhase.LOADING);
    private final BannerViewModel notice = new BannerViewModel();
    private final RunCommands commands = new RunCommands();
    private final List<RunObserver> observers = new ArrayList<>();
    private final ReadOnlyDoubleWrapper epochAxisEnd = new ReadOnlyDoubleWrapper(this, "epochAxisEnd");
    private final ShownEvaluation evaluation;
    private final ReadOnlyObjectWrapper<float[]> weights = new ReadOnlyObjectWrapper<>(this, "weights");
    private final BooleanProperty weightsWanted = new SimpleBooleanProperty(this, "weightsWanted");
    private final ReadOnlyBooleanWrapper hasModel = new ReadOnlyBooleanWrapper(this, "hasModel");
    private final ObjectProperty<Pace> pace = new SimpleObjectProperty<>(this, "pace", Pace.FULL_SPEED);
    private final BooleanProperty batchWanted = new SimpleBooleanProperty(this, "batchWanted");
    private final ReadOnlyObjectWrapper<BatchSnapshot> lastBatch = new ReadOnlyObjectWrapper<>(this, "lastBatch");

    private TrainingRunner runner;
    private DropGuard dropGuard = (what, model, proceed) -> proceed.run();
    /** The newest batch not yet shown in the status line, which moves with the curves. */
    private BatchProgress undrawnProgress;
    /** Who hears the evaluation of a model opened before the data was there, once it is evaluated. */
    private Consumer<Evaluation> openedEvaluated = result -> { };
    /** The teacher's curves while a run beside the model (the overflow demo) has the charts; else null. */
    private LiveCurves.Saved besideStash;

    /**
     * A view-model that reports run progress to {@code status} and evaluates on the calling thread:
     * for tests of the view-model alone.
     */
    public TrainingViewModel(StatusViewModel status) {
        this(status, BackgroundTasks.sameThread());
    }

    /**
     * A view-model that reports run progress to {@code status} and evaluates models no epoch end
     * evaluated (opened, stopped inside an epoch) on {@code tasks}, the window's background tasks.
     */
    public TrainingViewModel(StatusViewModel status, BackgroundTasks tasks) {
        this.status = Objects.requireNonNull(status, "status");
        this.evaluation = new ShownEvaluation(Objects.requireNonNull(tasks, "tasks"));
        state.addListener((obs, old, now) -> updateDerived());
        settings.configProperty().addListener((obs, old, now) -> updateDerived());
        settings.problems().addListener((ListChangeListener<String>) change -> updateDerived());
        curves.trainLossPoints().addListener((ListChangeListener<ChartPoint>) change -> updateDerived());
        pace.addListener((obs, old, now) -> {
            session.setPace(now);
            status.pace(now);
        });
        weightsWanted.addListener((obs, old, now) -> session.wantWeights(now));
        batchWanted.addListener((obs, old, now) -> session.wantBatches(now));
        updateDerived();
    }

    /** The data is loaded; runs go to {@code trainingRunner}. */
    public void dataReady(TrainingRunner trainingRunner) {
        runner = Objects.requireNonNull(trainingRunner, "trainingRunner");
        session.dataReady(trainingRunner);
        syncPhase();
        CurrentModel current = session.current();
        if (current != null && evaluation.current() == null) {
            evaluateModel(openedEvaluated); // opened from a file before the data was there
        }
    }

    /** Adds an observer of runs; it hears of everything from the next start, drain or reset on. */
    public void addRunObserver(RunObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    /** Answers the question before a command drops unsaved training; the window asks as Reset does. */
    public void setDropGuard(DropGuard guard) {
        dropGuard = Objects.requireNonNull(guard, "guard");
    }

    /**
     * Starts a run with the settings shown, if {@link #canStartProperty() allowed}: a stopped run goes
     * on at its next batch, a finished one trains further; another model kind starts afresh, after
     * the question when that drops unsaved training.
     */
    public void start() {
        if (commands.canStart().get()) {
            guarded(() -> began(session.start(settings.configProperty().get())));
        }
    }

    /**
     * Runs {@code command}, asking first when it would start another model kind and so drop
     * training no file holds.
     */
    private void guarded(Runnable command) {
        TrainConfig shown = settings.configProperty().get();
        if (shown != null && session.phase().isAtRest() && session.wouldDropFor(shown) && session.wouldLoseTraining()) {
            dropGuard.confirm(Drop.SWITCH_MODEL, session.current(), command);
        } else {
            command.run();
        }
    }

    /**
     * Starts a run of {@code config} on a fresh model of its own, beside the current model, which
     * it leaves as it is with its history and stop point (the overflow demo); the form keeps the
     * user's settings. Starts paused when {@code paused}; ignored unless no run is active.
     */
    public void startBeside(TrainConfig config, boolean paused) {
        if (session.phase().isAtRest()) {
            began(session.startBeside(Objects.requireNonNull(config, "config"), paused));
        }
    }

    /**
     * As {@link #startBeside} running at once: the overflow demo's first run. A new demo shows no
     * step of an earlier run (only the demo's own second run keeps the step its first diverged at).
     */
    public void startWith(TrainConfig config) {
        if (session.phase().isAtRest()) {
            lastBatch.set(null);
        }
        startBeside(config, false);
    }

    /**
     * Trains exactly one batch of a paused run, which then waits again; before Start, starts a run
     * paused and trains its first batch. A stepped run is the same run as an unstepped one.
     */
    public void step() {
        if (canStepNow()) {
            guarded(() -> began(session.step(startableConfig())));
        }
    }

    /** Trains a paused run to the end of its epoch, evaluates it and waits again; before Start, as {@link #step}. */
    public void stepEpoch() {
        if (canStepNow()) {
            guarded(() -> began(session.stepEpoch(startableConfig())));
        }
    }

    private boolean canStepNow() {
        return session.phase().isPaused() || commands.canStart().get();
    }

    private TrainConfig startableConfig() {
        return commands.canStart().get() ? settings.configProperty().get() : null;
    }

    /** A run began (or none, when {@code start} is null); the views hear of it. */
    private void began(RunController.RunStart start) {
        if (start != null) {
            if (start.beside()) {
                boolean first = besideStash == null;
                if (first) {
                    besideStash = curves.save(); // the demo draws its own; the teacher's come back after it
                    lastBatch.set(null);
                } // the demo's second run keeps the step its first one diverged at, until its own first step
                clearCurves();
            } else {
                restoreTeachersCurves();
                if (start.freshModel()) {
                    clearCurves();
                    lastBatch.set(null); // a step of another model: the One step tab would show it as this run's
                }
            }
            epochAxisEnd.set(start.origin() + start.config().epochs());
            notice.dismiss();
            status.runStarting(start.config().epochs(), start.continued());
            observers.forEach(o -> o.runStarting(start.config(), start.origin(), start.freshModel()));
            evaluation.modelChanging();
            openedEvaluated = result -> { };
        }
        syncPhase();
    }

    /**
     * Asks the active run to train with {@code learningRate} from its next batch on; the change
     * comes back through the drained events once the trainer has made it. False (and nothing asked)
     * when no run is running or paused, or the rate is not a finite number &gt; 0.
     */
    public boolean changeLearningRate(double learningRate) {
        return session.changeLearningRate(learningRate);
    }

    /** Pauses a running run, or resumes a paused one. */
    public void togglePause() {
        session.togglePause();
        syncPhase();
    }

    /** Asks the run to stop after its current batch; the state is STOPPING until it has. */
    public void stop() {
        session.stop();
        syncPhase();
    }

    /** Drops the model and the curves: the next Start begins from fresh weights at epoch 0. */
    public void reset() {
        if (!commands.canReset().get() || !session.reset()) {
            return;
        }
        besideStash = null;
        clearCurves();
        notice.dismiss();
        evaluation.show(null);
        openedEvaluated = result -> { };
        weights.set(null);
        lastBatch.set(null);
        status.modelChanged();
        syncPhase();
        updateDerived();
    }

    /** Hides the notice. */
    public void dismissNotice() {
        notice.dismiss();
    }

    /**
     * Shows the notice {@code source} makes in the banner instead of the notice of the last run; it is
     * made again on {@link #relocalize()}, so it should read its texts from {@link Messages}.
     */
    public void showNotice(Supplier<Notice> source) {
        notice.show(Objects.requireNonNull(source, "source"));
    }

    /** Puts the notice's suggested learning rate into the settings. */
    public void applySuggestedLearningRate() {
        Notice current = notice.current();
        if (current != null && current.suggestedLearningRate() != null && !state.get().isActive()) {
            settings.setLearningRate(current.suggestedLearningRate());
            notice.dismiss();
        }
    }

    /**
     * Takes the session's snapshot of what the trainer published since the last call: epoch ends, a
     * step's end and the run's end show at once, the curves and the status line's position on every
     * {@value PendingCurves#DRAINS_PER_REDRAW}rd call. UI thread.
     */
    public void drain() {
        SessionSnapshot snapshot = session.drain();
        if (snapshot.config() == null) {
            return;
        }
        apply(snapshot);
    }

    private void apply(SessionSnapshot snapshot) {
        double origin = snapshot.origin();
        if (snapshot.batch() != null) {
            lastBatch.set(snapshot.batch().withEpochsBefore(snapshot.epochsBefore()));
        }
        if (!snapshot.events().isEmpty() || snapshot.latest() != null) {
            observers.forEach(o -> o.drained(snapshot.events(), snapshot.latest(), origin));
        }
        if (snapshot.evaluation() != null && !snapshot.beside()) {
            evaluation.show(snapshot.evaluation());
        }
        if (snapshot.weights() != null) {
            weights.set(snapshot.weights());
        }
        DrainedBatch batch = new DrainedBatch(snapshot.events(), origin);
        if (batch.started != null) {
            status.runStarted(batch.started, snapshot.epochsBefore());
            undrawnProgress = null;
        }
        boolean stepEnded = phase.get() == RunPhase.STEPPING && snapshot.phase() != RunPhase.STEPPING;
        boolean redrawn = curves.add(batch, batch.finished != null || stepEnded);
        for (EpochMetrics metrics : batch.epochs) {
            status.epochFinished(metrics);
            log(metrics);
        }
        BatchProgress latest = snapshot.latest();
        if (latest != null) {
            undrawnProgress = latest;
        }
        if ((redrawn || stepEnded) && undrawnProgress != null) {
            status.progress(undrawnProgress);
            undrawnProgress = null;
        }
        if (batch.finished != null) {
            finish(snapshot, batch.finished);
        }
        syncPhase();
    }

    private void finish(SessionSnapshot snapshot, RunOutcome outcome) {
        if (undrawnProgress != null) {
            status.progress(undrawnProgress);
            undrawnProgress = null;
        }
        CurrentModel current = session.current();
        if (!snapshot.beside()) {
            if (current != null) {
                weights.set(current.model().parametersCopy());
            }
            if (outcome.status() == RunOutcome.Status.CANCELLED && current != null) {
                evaluateModel(result -> { }); // stopped inside an epoch: the last epoch's evaluation is of older weights
            }
        }
        TrainConfig config = snapshot.config();
        int epochsBefore = snapshot.epochsBefore();
        int earlier = snapshot.earlierEpochs();
        if (snapshot.beside() && outcome.status() == RunOutcome.Status.CANCELLED) {
            // "Start continues from here" would be false: Start goes on with the model beside which it ran.
            notice.show(() -> new Notice(Severity.INFO, Messages.get("beside.stopped.title"),
                    Messages.get("beside.stopped.detail")));
        } else {
            notice.show(() -> OutcomeNotice.of(outcome, config, epochsBefore, earlier));
        }
        status.runEnded(outcome);
    }

    /** The teacher's curves come back (a run of the model starts, after the demo had the charts). */
    private void restoreTeachersCurves() {
        if (besideStash != null) {
            curves.restore(besideStash);
            besideStash = null;
        }
    }

    /**
     * Evaluates the current model on the test set in the background (an opened model, or one stopped
     * inside an epoch), so that the inspection views show this model and not an older one or none;
     * the answer goes to {@code alsoTo} too. A failure is said in the banner: the views would
     * otherwise show no evaluation without a word why.
     */
    private void evaluateModel(Consumer<Evaluation> alsoTo) {
        CurrentModel current = session.current();
        if (runner != null && current != null) {
            evaluation.evaluate(runner, current.model(), alsoTo, this::evaluationFailed);
        }
    }

    private void evaluationFailed(Throwable failure) {
        String message = failure.getMessage();
        String why = message == null || message.isBlank() ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + message;
        notice.show(() -> new Notice(Severity.ERROR, Messages.get("evaluation.failed.title"),
                Messages.format("evaluation.failed.detail", why)));
    }

    /**
     * Cancels a run in progress and waits up to {@code timeout} for its thread to end; for closing
     * the window. True if no run is left.
     */
    public boolean shutdown(Duration timeout) {
        return session.shutdown(timeout);
    }

    /**
     * Makes {@code opened} the model that Start trains further, as if the runs in {@code epochs} had
     * just trained it: the form shows {@code config}, the curves show each epoch's end, and the epoch
     * axis goes on from there. Only when no run is active; false (and nothing changed) otherwise.
     */
    public boolean openModel(TrainConfig config, List<EpochMetrics> epochs, Model opened) {
        return openModel(config, epochs, opened, result -> { });
    }

    /**
     * As {@link #openModel(TrainConfig, List, Model)}, and hands {@code evaluated} the opened model's
     * test-set evaluation once it is there (the one the inspection views show; not if the model
     * changes first), so that Compare offers the file without reading or evaluating it again.
     */
    public boolean openModel(TrainConfig config, List<EpochMetrics> epochs, Model opened,
                             Consumer<Evaluation> evaluated) {
        Objects.requireNonNull(evaluated, "evaluated");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(opened, "opened");
        if (state.get().isActive() || !session.open(config, epochs, opened)) {
            return false;
        }
        besideStash = null;
        settings.load(config);
        clearCurves();
        curves.show(epochs);
        double position = epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
        epochAxisEnd.set(Math.max(1, position));
        notice.dismiss();
        evaluation.show(null);
        openedEvaluated = evaluated;
        evaluateModel(evaluated);
        weights.set(opened.parametersCopy());
        lastBatch.set(null);
        status.modelChanged();
        syncPhase();
        updateDerived();
        return true;
    }

    /** A model file now holds the current model as it is: Reset and Quit no longer ask. */
    public void markSaved() {
        session.saved();
    }

    /** Whether dropping the current model now would lose training no file holds. */
    public boolean wouldLoseTraining() {
        return session.wouldLoseTraining();
    }

    /** The current model (null: none, or a run is active). */
    public CurrentModel currentModel() {
        return state.get().isActive() ? null : session.current();
    }

    /**
     * Runs {@code proceed} once the user agrees to drop unsaved training (Quit, Open model), or at
     * once when nothing unsaved would be lost.
     */
    public void confirmDrop(Drop what, Runnable proceed) {
        if (session.wouldLoseTraining() && !state.get().isActive()) {
            dropGuard.confirm(what, session.current(), proceed);
        } else {
            proceed.run();
        }
    }

    /** The model Start would train further, with its history; null while a run is active or there is none. */
    public TrainedModel trainedModel() {
        CurrentModel current = currentModel();
        return hasModel.get() && current != null ? current.toTrainedModel() : null;
    }

    /** Says every text again in the language {@link Messages} speaks now: problems, why Start waits, the notice. */
    public void relocalize() {
        settings.relocalize();
        updateDerived();
        notice.relocalize();
    }

    /** Carries the session's phase into the properties views bind to. */
    private void syncPhase() {
        RunPhase now = session.phase();
        RunPhase before = phase.get();
        phase.set(now);
        state.set(RunState.of(now));
        if (before != now) {
            status.phase(now);
            observers.forEach(o -> o.phaseChanged(now));
        }
        hasModel.set(!now.isActive() && session.current() != null);
        updateDerived();
    }

    private void clearCurves() {
        curves.clear();
        TrainConfig shown = settings.configProperty().get();
        epochAxisEnd.set(shown != null ? shown.epochs() : TrainConfig.DEFAULTS.epochs());
        observers.forEach(RunObserver::curvesCleared);
    }

    private void updateDerived() {
        RunState now = state.get();
        boolean somethingToReset = session.current() != null || !curves.isEmpty();
        commands.update(now, settings, somethingToReset);
        if (!now.isActive() && session.current() == null && curves.isEmpty() && settings.isValid()) {
            epochAxisEnd.set(settings.configProperty().get().epochs());
        }
    }

    private static void log(EpochMetrics m) {
        LOG.log(Level.INFO, () -> String.format(Locale.ROOT,
                "epoch %d: train_loss %.4f train_acc %.4f test_acc %.4f epoch_ms %.0f eval_ms %.0f",
                m.epoch(), m.trainLoss(), m.trainAccuracy(), m.testAccuracy(), m.trainMillis(), m.evalMillis()));
    }

    /** The five settings as typed. */
    public SettingsForm settings() {
        return settings;
    }

    /** Where the screen stands: waiting for data, ready, running, paused or stopping. */
    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The session's phase, finer than {@link #stateProperty()}: stepping, stopped, finished, diverged. */
    public ReadOnlyObjectProperty<RunPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** How the last run ended, or null (no run yet, dismissed, or a new run began). */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.noticeProperty();
    }

    /** True when the data is ready, no run is active and every setting is valid. */
    public ReadOnlyBooleanProperty canStartProperty() {
        return commands.canStart();
    }

    /** True when no run is active and there is a model or a curve to throw away. */
    public ReadOnlyBooleanProperty canResetProperty() {
        return commands.canReset();
    }

    /** True while a run is running or paused. */
    public ReadOnlyBooleanProperty canPauseOrResumeProperty() {
        return commands.canPauseOrResume();
    }

    /** True while a run is running or paused (not yet stopping). */
    public ReadOnlyBooleanProperty canStopProperty() {
        return commands.canStop();
    }

    /** False while a run is active: its settings were fixed when it started. */
    public ReadOnlyBooleanProperty settingsEditableProperty() {
        return commands.settingsEditable();
    }

    /** Why Start is disabled (one line per problem), or empty. */
    public ReadOnlyStringProperty startBlockedReasonProperty() {
        return commands.startBlockedReason();
    }

    /** True when no run is active and there is a model to save (trained here or opened from a file). */
    public ReadOnlyBooleanProperty hasModelProperty() {
        return hasModel.getReadOnlyProperty();
    }

    /** Where the epoch axis should end: the end of the current or next run. */
    public ReadOnlyDoubleProperty epochAxisEndProperty() {
        return epochAxisEnd.getReadOnlyProperty();
    }

    /** The latest test-set evaluation (from the last finished epoch), or null before the first. */
    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.property();
    }

    /**
     * The latest copy of the model's parameters ([785 × 10], bias row last): refreshed on every
     * pulse of a run while {@link #weightsWantedProperty()} is true, and at the run's end; null
     * when there is no model. Never modify the array.
     */
    public ReadOnlyObjectProperty<float[]> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    /** Set while a view shows the weights live, so that runs copy them out on each pulse. */
    public BooleanProperty weightsWantedProperty() {
        return weightsWanted;
    }

    /** How fast runs go; changes the active run's pace at once (between two batches). */
    public ObjectProperty<Pace> paceProperty() {
        return pace;
    }

    /** True when Step and Step epoch would do something: a run is paused, or one could start. */
    public ReadOnlyBooleanProperty canStepProperty() {
        return commands.canStep();
    }

    /** Set while a view opens up the last step, so that runs copy each step's batch out. */
    public BooleanProperty batchWantedProperty() {
        return batchWanted;
    }

    /** The newest copied batch (while {@link #batchWantedProperty()} is set), or null. */
    public ReadOnlyObjectProperty<BatchSnapshot> lastBatchProperty() {
        return lastBatch.getReadOnlyProperty();
    }

    /** Running mean train loss inside each epoch, ~20 points an epoch. */
    public ObservableList<ChartPoint> trainLossPoints() {
        return curves.trainLoss.points();
    }

    /** Running train accuracy inside each epoch. */
    public ObservableList<ChartPoint> trainAccuracyPoints() {
        return curves.trainAccuracy.points();
    }

    /** Test accuracy at each epoch end. */
    public ObservableList<ChartPoint> testAccuracyPoints() {
        return curves.testAccuracy.points();
    }
}
