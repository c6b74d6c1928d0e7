package org.softmaxlab.ui.status;

import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.ui.LocalizedText;
import org.softmaxlab.ui.Messages;

/**
 * The status bar's texts: where the run is (epoch e/N, batch b/B), its speed, elapsed time and
 * ETA, and the ND4J backend. Fed by the training view-model on the UI thread.
 *
 * <p>Times are the trainer's own (pauses and a slow pace's waits left out) plus the measured test
 * evaluations, so the ETA does not jump after a pause; at a slow pace the ETA is the pace's.
 *
 * <p>Each text keeps how it was made, so {@link #relocalize()} says it again in another language.
 */
public final class StatusViewModel {

    private final LocalizedText text = new LocalizedText(this, "text");
    private final LocalizedText speed = new LocalizedText(this, "speed");
    private final LocalizedText time = new LocalizedText(this, "time");
    private final LocalizedText backend = new LocalizedText(this, "backend");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);

    private RunInfo run;
    private BatchProgress latest;
    private double evalMillis;
    private int epochsEvaluated;
    /** Epochs the model had when the run started. */
    private int epochsBefore;
    private boolean paused;
    private boolean stepping;
    /** A stop was asked for and the run has not ended yet (it ends after its current batch or evaluation). */
    private boolean stopping;
    /** Whether a run is active: only then do the position, speed and ETA move (a pace change at rest keeps "Stopped"). */
    private boolean active;
    private org.softmaxlab.train.Pace pace = org.softmaxlab.train.Pace.FULL_SPEED;
    /** The ready line's numbers, to say it again when the model is reset or replaced. */
    private String datasetName;
    private int trainImages;
    private int testImages;
    private final java.util.function.LongSupplier clock;
    /** When the run started on {@link #clock}, for a paced run's wall time; and the paused time since. */
    private long startedNanos;
    private long pausedNanos;
    private long pausedSince = -1;
    private boolean clockRunning;
    /** The epochs of a run asked for whose first batch has not come yet; 0 otherwise. */
    private int startingEpochs;
    /** The wall time of the last run when it ended, for one that goes on from its stop. */
    private long lastWallNanos;

    /** A status bar that says the data is loading. */
    public StatusViewModel() {
        this(System::nanoTime);
    }

    /** As {@link #StatusViewModel()}, with {@code clock} for a paced run's wall time (tests pass their own). */
    public StatusViewModel(java.util.function.LongSupplier clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        text.say("status.loading");
    }

    /** Says every text again in the language {@link Messages} speaks now. */
    public void relocalize() {
        text.relocalize();
        speed.relocalize();
        time.relocalize();
        backend.relocalize();
    }

    /** The data is (re)loading. */
    public void loading() {
        text.say("status.loading");
    }

    /** Loading failed; the loading card says why. */
    public void loadingFailed() {
        text.say("status.loadingFailed");
    }

    /** The data is ready; shows its size and the backend. */
    public void dataReady(int trainImages, int testImages, String backendName, int threads) {
        dataReady(null, trainImages, testImages, backendName, threads);
    }

    /** The data set {@code name} (null: unnamed) is ready; shows its name, its size and the backend. */
    public void dataReady(String name, int trainImages, int testImages, String backendName, int threads) {
        this.datasetName = name;
        this.trainImages = trainImages;
        this.testImages = testImages;
        sayReady();
        backend.say("status.backend", backendName, threads);
    }

    private void sayReady() {
        if (datasetName == null) {
            text.say("status.ready", trainImages, testImages);
        } else {
            text.say("status.readyOn", datasetName, trainImages, testImages);
        }
    }

    /**
     * A run was asked to start and its trainer has not said so yet: the bar says it starts, with
     * nothing of the run before it (its end, its speed, its time); a run that goes on from a stop
     * ({@code continued}) keeps its wall time.
     */
    public void runStarting(int epochs, boolean continued) {
        startingEpochs = epochs;
        long before = continued ? lastWallNanos : 0;
        startClock();
        startedNanos -= before; // a stopped run that goes on counts its wall time on
        run = null;
        latest = null;
        progress.set(0);
        speed.clear();
        refresh();
        time.clear();
    }

    /** The wall clock of a paced run starts when the run is asked for, pauses left out from then on. */
    private void startClock() {
        startedNanos = clock.getAsLong();
        pausedNanos = 0;
        pausedSince = paused ? startedNanos : -1;
        clockRunning = true;
    }

    /** A run of fresh weights started. */
    public void runStarted(RunInfo info) {
        runStarted(info, 0);
    }

    /**
     * A run started, training a model that already has {@code epochsBefore} epochs: the position
     * counts on from there (Epoch 12/20 for the second of two 10-epoch runs), as the chart's axis does.
     */
    public void runStarted(RunInfo info, int epochsBefore) {
        run = info;
        this.epochsBefore = epochsBefore;
        latest = null;
        evalMillis = 0;
        epochsEvaluated = 0;
        active = true;
        if (!clockRunning) {
            startClock(); // a run started without runStarting (tests that play the trainer alone)
        }
        backend.say("status.backend", info.backendLabel(), info.threads());
        progress.set(0);
        startingEpochs = info.config().epochs();
        refresh();
        speed.clear();
        time.clear();
    }

    /** The newest batch finished. */
    public void progress(BatchProgress batch) {
        latest = batch;
        startingEpochs = 0;
        refresh();
    }

    /** An epoch ended; its evaluation time counts into elapsed time and the ETA. */
    public void epochFinished(EpochMetrics metrics) {
        evalMillis += metrics.evalMillis();
        epochsEvaluated++;
        refresh();
    }

    /** The run's pace changed (or the next run's); the speed text says it, the ETA follows it. */
    public void pace(org.softmaxlab.train.Pace value) {
        pace = java.util.Objects.requireNonNull(value, "value");
        refresh();
    }

    /** The run was paused or resumed. */
    public void paused(boolean value) {
        phase(value ? org.softmaxlab.run.RunPhase.PAUSED : org.softmaxlab.run.RunPhase.RUNNING);
    }

    /**
     * The session's phase changed: paused and stepping say so before the position (a Step epoch
     * trains, it is not "Paused"); a pause's time is left out of a paced run's wall time.
     */
    public void phase(org.softmaxlab.run.RunPhase now) {
        boolean wasPaused = paused;
        paused = now == org.softmaxlab.run.RunPhase.PAUSED;
        stepping = now == org.softmaxlab.run.RunPhase.STEPPING;
        stopping = now == org.softmaxlab.run.RunPhase.STOPPING;
        boolean holding = paused; // a step trains: its time is the run's
        long t = clock.getAsLong();
        if (holding && pausedSince < 0) {
            pausedSince = t;
        } else if (!holding && pausedSince >= 0) {
            pausedNanos += t - pausedSince;
            pausedSince = -1;
        }
        if (wasPaused != paused || now.isActive()) {
            refresh();
        }
    }

    /**
     * The model was reset or replaced (opened from a file): nothing of the last run is true any more,
     * so the bar says the data is ready again, without a position, speed or time.
     */
    public void modelChanged() {
        startingEpochs = 0;
        run = null;
        latest = null;
        active = false;
        paused = false;
        stepping = false;
        stopping = false;
        progress.set(0);
        speed.clear();
        time.clear();
        if (trainImages > 0) {
            sayReady();
        }
    }

    /** The run ended; the last position stays, prefixed by how it ended (a divergence: at the failing batch). */
    public void runEnded(RunOutcome outcome) {
        startingEpochs = 0;
        active = false;
        clockRunning = false;
        paused = false;
        stepping = false;
        stopping = false;
        String howKey = "status.ended." + outcome.status().name().toLowerCase(Locale.ROOT);
        BatchProgress at = latest;
        if (outcome.reason() instanceof org.softmaxlab.train.Divergence d && d.batch() > 0 && run != null) {
            // The banner names the batch that failed; the last finished one is the batch before it.
            at = new BatchProgress(d.epoch(), d.batch(), run.batchesPerEpoch(), Double.NaN, Double.NaN,
                    latest == null ? 0 : latest.imagesSeen(), latest == null ? 0 : latest.elapsedNanos());
        }
        if (at == null) {
            text.say(howKey);
        } else {
            BatchProgress shown = at;
            RunInfo of = run;
            text.set(() -> Messages.get(howKey) + " · " + position(shown, of));
        }
        if (run != null) {
            lastWallNanos = Math.round(wallSeconds() * 1e9);
            String elapsed = duration(elapsedSeconds());
            time.set(() -> Messages.format("status.elapsed", elapsed));
        }
    }

    private void refresh() {
        if (latest == null && startingEpochs > 0) {
            int epochs = startingEpochs;
            boolean isPaused = paused;
            boolean isStopping = stopping;
            text.set(() -> isStopping ? Messages.get("status.stoppingNoBatch")
                    : isPaused ? Messages.format("status.paused", Messages.format("status.starting", epochs))
                    : Messages.format("status.starting", epochs));
            return;
        }
        if (run == null || latest == null || !active) {
            return;
        }
        BatchProgress at = latest;
        RunInfo of = run;
        boolean isPaused = paused;
        boolean isStepping = stepping;
        boolean isStopping = stopping;
        text.set(() -> isStopping ? Messages.format("status.stopping", position(at, of))
                : isPaused ? Messages.format("status.paused", position(at, of))
                : isStepping ? Messages.format("status.stepping", position(at, of)) : position(at, of));
        double seconds = latest.elapsedNanos() / 1e9;
        if (!pace.isFullSpeed()) {
            // A paced run goes at the pace, not at what the trainer could do between its waits.
            org.softmaxlab.train.Pace shown = pace;
            speed.set(() -> Messages.format("status.paced", PaceText.of(shown)));
        } else if (seconds > 0) {
            speed.say("status.speed", Math.round(latest.imagesSeen() / seconds));
        } else {
            speed.clear();
        }
        double done = fractionDone();
        progress.set(done);
        time.say("status.time", duration(elapsedSeconds()), duration(remainingSeconds(done)));
    }

    private String position(BatchProgress at, RunInfo of) {
        return Messages.format("status.position", epochsBefore + at.epoch(), epochsBefore + of.config().epochs(),
                at.batch(), at.batchesPerEpoch());
    }

    /** Fraction of the run's batches done, 0–1. */
    private double fractionDone() {
        return Math.min(1, latest.fractionalEpoch() / run.config().epochs());
    }

    /** Training time at full speed; at a slow pace the wall time since the start, pauses left out. */
    private double elapsedSeconds() {
        if (!pace.isFullSpeed() && run != null) {
            return wallSeconds();
        }
        return (latest == null ? 0 : latest.elapsedNanos() / 1e9) + evalMillis / 1e3;
    }

    private double wallSeconds() {
        long now = clock.getAsLong();
        long held = pausedNanos + (pausedSince >= 0 ? now - pausedSince : 0);
        return Math.max(0, (now - startedNanos - held) / 1e9);
    }

    /** Training time left at the rate so far, plus one evaluation per epoch still to come. */
    double remainingSeconds(double done) {
        if (done <= 0) {
            return Double.NaN;
        }
        double trainLeft = latest.elapsedNanos() / 1e9 * (1 - done) / done;
        // A slow pace waits out each batch's rest: the time left is the batches left at that pace.
        double batchesLeft = (1 - done) * run.config().epochs() * run.batchesPerEpoch();
        trainLeft = Math.max(trainLeft, batchesLeft * pace.batchNanos(run.batchesPerEpoch()) / 1e9);
        double evalEach = epochsEvaluated == 0 ? 0 : evalMillis / 1e3 / epochsEvaluated;
        return trainLeft + evalEach * (run.config().epochs() - epochsEvaluated);
    }

    /** "m:ss" or "h:mm:ss"; "–" when unknown. */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "–";
        }
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Where the app is: loading, ready, or the run's position. */
    public ReadOnlyStringProperty textProperty() {
        return text.property();
    }

    /** Training speed in images per second. */
    public ReadOnlyStringProperty speedProperty() {
        return speed.property();
    }

    /** Elapsed time and ETA. */
    public ReadOnlyStringProperty timeProperty() {
        return time.property();
    }

    /** "CPU · 1 thread" and the like. */
    public ReadOnlyStringProperty backendProperty() {
        return backend.property();
    }

    /** Fraction of the current run done, 0–1 (0 when there is none). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
