package org.softmaxlab.ui.run;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import org.softmaxlab.run.TrainedModel;
import org.softmaxlab.run.TrainingEvents;
import org.softmaxlab.run.TrainingRunner;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.banner.Notice;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.status.StatusViewModel;

/**
 * The training screen's state: the settings, the run (start, pause/resume, stop, reset), the three
 * curves and the notice about how the last run ended. Lives on the UI thread; the run's events
 * arrive only through {@link #drain()}.
 *
 * <p>Start trains the current model further (curves continue where they stopped); Reset drops it
 * so the next Start begins from fresh weights. A run that diverged or failed drops its model but
 * leaves its curves on screen until the next Start. A model opened from a file
 * ({@link #openModel}) takes the current model's place, with its settings and epochs.
 *
 * <p>{@link RunObserver}s (the run history, the overflow demo) hear of each start, drain and reset.
 */
public final class TrainingViewModel {

    private static final System.Logger LOG = System.getLogger(TrainingViewModel.class.getName());

    private final SettingsForm settings = new SettingsForm();
    private final StatusViewModel status;
    private final LiveCurves curves = new LiveCurves();
    private final ReadOnlyObjectWrapper<RunState> state =
            new ReadOnlyObjectWrapper<>(this, "state", RunState.WAITING_FOR_DATA);
    private final BannerViewModel notice = new BannerViewModel();
    private final RunCommands commands = new RunCommands();
    private final List<RunObserver> observers = new ArrayList<>();
    private final ReadOnlyDoubleWrapper epochAxisEnd = new ReadOnlyDoubleWrapper(this, "epochAxisEnd");
    private final ShownEvaluation evaluation = new ShownEvaluation();
    private final ReadOnlyObjectWrapper<float[]> weights = new ReadOnlyObjectWrapper<>(this, "weights");
    private final BooleanProperty weightsWanted = new SimpleBooleanProperty(this, "weightsWanted");
    private final ReadOnlyBooleanWrapper hasModel = new ReadOnlyBooleanWrapper(this, "hasModel");
    private final ModelHistory history = new ModelHistory();
    private final ObjectProperty<Pace> pace = new SimpleObjectProperty<>(this, "pace", Pace.FULL_SPEED);
    private final BooleanProperty batchWanted = new SimpleBooleanProperty(this, "batchWanted");
    private final ReadOnlyObjectWrapper<BatchSnapshot> lastBatch = new ReadOnlyObjectWrapper<>(this, "lastBatch");

    private TrainingRunner runner;
    /** The current run; null between runs. */
    private ActiveRun run;
    /** The settings of the last run started, for its notice. */
    private TrainConfig runConfig;
    /** The model that Start trains further; null means fresh weights. */
    private Model model;
    /** Epoch-axis position where the last batch left the model. */
    private double position;
    /** The newest batch not yet shown in the status line, which moves with the curves. */
    private BatchProgress undrawnProgress;

    /** A view-model that reports run progress to {@code status}. */
    public TrainingViewModel(StatusViewModel status) {
        this.status = Objects.requireNonNull(status, "status");
        state.addListener((obs, old, now) -> updateDerived());
        state.addListener((obs, old, now) -> updateHasModel());
        settings.configProperty().addListener((obs, old, now) -> updateDerived());
        settings.problems().addListener((ListChangeListener<String>) change -> updateDerived());
        curves.trainLossPoints().addListener((ListChangeListener<ChartPoint>) change -> updateDerived());
        pace.addListener((obs, old, now) -> {
            if (run != null) {
                run.control.setPace(now);
            }
            status.pace(now);
        });
        updateDerived();
    }

    /** The data is loaded; runs go to {@code trainingRunner}. */
    public void dataReady(TrainingRunner trainingRunner) {
        runner = Objects.requireNonNull(trainingRunner, "trainingRunner");
        if (state.get() == RunState.WAITING_FOR_DATA) {
            state.set(RunState.READY);
        }
        if (model != null && evaluation.current() == null) {
            evaluateModel(); // opened from a file before the data was there
        }
    }

    /** Adds an observer of runs; it hears of everything from the next start, drain or reset on. */
    public void addRunObserver(RunObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    /** Starts a run with the settings shown, if {@link #canStartProperty() allowed}. */
    public void start() {
        if (commands.canStart().get()) {
            begin(settings.configProperty().get(), false);
        }
    }

    /**
     * Starts a run with {@code config} rather than the settings shown, leaving the form as the user
     * left it (the overflow demo runs its own settings); ignored unless ready.
     */
    public void startWith(TrainConfig config) {
        if (state.get() == RunState.READY) {
            begin(Objects.requireNonNull(config, "config"), false);
        }
    }

    /**
     * Trains exactly one batch of a paused run, which then waits again; before Start, starts a run
     * paused and trains its first batch. A stepped run is the same run as an unstepped one.
     */
    public void step() {
        stepWith(TrainingControl::step);
    }

    /** Trains a paused run to the end of its epoch, evaluates it and waits again; before Start, as {@link #step}. */
    public void stepEpoch() {
        stepWith(TrainingControl::stepEpoch);
    }

    private void stepWith(java.util.function.Consumer<TrainingControl> permit) {
        if (state.get() == RunState.READY && commands.canStart().get()) {
            begin(settings.configProperty().get(), true);
        }
        if (state.get() == RunState.PAUSED) {
            askForWantedCopies(); // the stepped batch itself, not the one after the next pulse
            permit.accept(run.control);
        }
    }

    /** Asks the run for the copies that open views want; the trainer merges them, at most one a batch. */
    private void askForWantedCopies() {
        if (weightsWanted.get()) {
            run.control.requestWeights();
        }
        if (batchWanted.get()) {
            run.control.requestBatch();
        }
    }

    private void begin(TrainConfig config, boolean paused) {
        runConfig = config;
        if (model != null && !model.spec().equals(runConfig.model())) {
            // Another model chosen: nothing of the current one carries over, as after Reset.
            model = null;
            position = 0;
        }
        boolean fresh = model == null;
        if (fresh) {
            clearCurves();
            lastBatch.set(null); // a step of another model: the One step tab would show it as this run's
        }
        run = new ActiveRun(runConfig, position);
        epochAxisEnd.set(run.origin + runConfig.epochs());
        notice.dismiss();
        observers.forEach(o -> o.runStarting(runConfig, run.origin, fresh));
        run.control.setPace(pace.get());
        if (paused) {
            run.control.pause();
        }
        state.set(paused ? RunState.PAUSED : RunState.RUNNING);
        evaluation.modelChanging();
        run.start(runner, model);
        status.paused(paused);
    }

    /**
     * Asks the active run to train with {@code learningRate} from its next batch on; the change
     * comes back through the drained events once the trainer has made it. False (and nothing asked)
     * when no run is running or paused, or the rate is not a finite number &gt; 0.
     */
    public boolean changeLearningRate(double learningRate) {
        if (!commands.canPauseOrResume().get() || !(learningRate > 0) || !Double.isFinite(learningRate)) {
            return false;
        }
        run.control.setLearningRate(learningRate);
        return true;
    }

    /** Pauses a running run, or resumes a paused one. */
    public void togglePause() {
        if (state.get() == RunState.RUNNING) {
            run.control.pause();
            state.set(RunState.PAUSED);
            status.paused(true);
        } else if (state.get() == RunState.PAUSED) {
            run.control.resume();
            state.set(RunState.RUNNING);
            status.paused(false);
        }
    }

    /** Asks the run to stop after its current batch; the state is STOPPING until it has. */
    public void stop() {
        if (state.get() == RunState.RUNNING || state.get() == RunState.PAUSED) {
            run.control.cancel();
            state.set(RunState.STOPPING);
        }
    }

    /** Drops the model and the curves: the next Start begins from fresh weights at epoch 0. */
    public void reset() {
        if (!commands.canReset().get()) {
            return;
        }
        model = null;
        history.clear();
        clearCurves();
        notice.dismiss();
        evaluation.show(null);
        weights.set(null);
        lastBatch.set(null);
        updateDerived();
        updateHasModel();
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
     * Takes what the trainer published since the last call: epoch ends and the run's end show at once,
     * the curves and the status line's position on every {@value PendingCurves#DRAINS_PER_REDRAW}rd
     * call. UI thread.
     */
    public void drain() {
        if (run == null) {
            return;
        }
        askForWantedCopies();
        BatchSnapshot batchCopy = run.events.takeBatch();
        if (batchCopy != null) {
            lastBatch.set(batchCopy.withEpochsBefore(run.epochsBefore()));
        }
        TrainingEvents.Drained drained = run.events.drain();
        double origin = run.origin;
        if (!drained.events().isEmpty() || drained.latest() != null) {
            observers.forEach(o -> o.drained(drained.events(), drained.latest(), origin));
        }
        if (drained.evaluation() != null) {
            evaluation.show(drained.evaluation());
        }
        if (drained.weights() != null) {
            weights.set(drained.weights());
        }
        DrainedBatch batch = new DrainedBatch(drained.events(), origin);
        if (batch.started != null) {
            status.runStarted(batch.started, run.epochsBefore());
            status.paused(state.get() == RunState.PAUSED); // a run started by Step starts paused
            undrawnProgress = null;
        }
        boolean redrawn = curves.add(batch, batch.finished != null);
        for (EpochMetrics metrics : batch.epochs) {
            status.epochFinished(metrics);
            log(metrics);
        }
        BatchProgress latest = drained.latest();
        if (latest != null) {
            position = origin + latest.fractionalEpoch();
            undrawnProgress = latest;
        }
        if (redrawn && undrawnProgress != null) {
            status.progress(undrawnProgress);
            undrawnProgress = null;
        }
        if (batch.finished != null) {
            finish(batch.finished);
        }
    }

    private void finish(RunOutcome outcome) {
        boolean usable = outcome.status() == RunOutcome.Status.COMPLETED
                || outcome.status() == RunOutcome.Status.CANCELLED;
        model = usable ? outcome.model() : null;
        if (!usable) {
            position = 0;
        } else if (model != null) {
            weights.set(model.parametersCopy());
        }
        if (outcome.status() == RunOutcome.Status.CANCELLED && model != null) {
            evaluateModel(); // stopped inside an epoch: the last epoch's evaluation is of older weights
        }
        history.runEnded(model != null, outcome.epochs(), runConfig);
        TrainConfig config = runConfig;
        int epochsBefore = run.epochsBefore();
        notice.show(() -> OutcomeNotice.of(outcome, config, epochsBefore));
        status.runEnded(outcome);
        run = null;
        state.set(RunState.READY);
    }

    /**
     * Evaluates the current model on the test set in the background (an opened model, or one stopped
     * inside an epoch), so that the inspection views show this model and not an older one or none.
     */
    private void evaluateModel() {
        if (runner != null && model != null) {
            evaluation.evaluate(runner, model);
        }
    }

    /**
     * Cancels a run in progress and waits up to {@code timeout} for its thread to end; for closing
     * the window. True if no run is left.
     */
    public boolean shutdown(Duration timeout) {
        return run == null || run.cancelAndAwait(timeout);
    }

    /**
     * Makes {@code opened} the model that Start trains further, as if the runs in {@code epochs} had
     * just trained it: the form shows {@code config}, the curves show each epoch's end, and the epoch
     * axis goes on from there. Only when no run is active; false (and nothing changed) otherwise.
     */
    public boolean openModel(TrainConfig config, List<EpochMetrics> epochs, Model opened) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(opened, "opened");
        if (state.get().isActive()) {
            return false;
        }
        settings.load(config);
        model = opened;
        history.replace(config, epochs);
        clearCurves();
        curves.show(history);
        position = epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
        epochAxisEnd.set(Math.max(1, position));
        notice.dismiss();
        evaluation.show(null);
        evaluateModel();
        weights.set(opened.parametersCopy());
        lastBatch.set(null);
        updateDerived();
        updateHasModel();
        return true;
    }

    /** The model Start would train further, with its history; null while a run is active or there is none. */
    public TrainedModel trainedModel() {
        return hasModel.get() ? new TrainedModel(history.config(), history.epochs(), model) : null;
    }

    /** Says every text again in the language {@link Messages} speaks now: problems, why Start waits, the notice. */
    public void relocalize() {
        settings.relocalize();
        updateDerived();
        notice.relocalize();
    }

    private void updateHasModel() {
        hasModel.set(!state.get().isActive() && model != null && history.config() != null);
    }

    private void clearCurves() {
        curves.clear();
        position = 0;
        TrainConfig shown = settings.configProperty().get();
        epochAxisEnd.set(shown != null ? shown.epochs() : TrainConfig.DEFAULTS.epochs());
        observers.forEach(RunObserver::curvesCleared);
    }

    private void updateDerived() {
        RunState now = state.get();
        commands.update(now, settings, model != null || !curves.isEmpty());
        if (!now.isActive() && model == null && curves.isEmpty() && settings.isValid()) {
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
