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
    private org.softmaxlab.train.Pace pace = org.softmaxlab.train.Pace.FULL_SPEED;

    /** A status bar that says the data is loading. */
    public StatusViewModel() {
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
        text.say("status.ready", trainImages, testImages);
        backend.say("status.backend", backendName, threads);
    }

    /** The data set {@code name} is ready; shows its name, its size and the backend. */
    public void dataReady(String name, int trainImages, int testImages, String backendName, int threads) {
        text.say("status.readyOn", name, trainImages, testImages);
        backend.say("status.backend", backendName, threads);
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
        paused = false;
        backend.say("status.backend", info.backendLabel(), info.threads());
        progress.set(0);
        text.say("status.starting", info.config().epochs());
        speed.clear();
        time.clear();
    }

    /** The newest batch finished. */
    public void progress(BatchProgress batch) {
        latest = batch;
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
        paused = value;
        refresh();
    }

    /** The run ended; the last position stays, prefixed by how it ended. */
    public void runEnded(RunOutcome outcome) {
        paused = false;
        String howKey = "status.ended." + outcome.status().name().toLowerCase(Locale.ROOT);
        if (latest == null) {
            text.say(howKey);
        } else {
            BatchProgress at = latest;
            RunInfo of = run;
            text.set(() -> Messages.get(howKey) + " · " + position(at, of));
        }
        if (run != null) {
            time.say("status.elapsed", duration(elapsedSeconds()));
        }
    }

    private void refresh() {
        if (run == null || latest == null) {
            return;
        }
        BatchProgress at = latest;
        RunInfo of = run;
        boolean isPaused = paused;
        text.set(() -> isPaused ? Messages.format("status.paused", position(at, of)) : position(at, of));
        double seconds = latest.elapsedNanos() / 1e9;
        if (seconds > 0 && !pace.isFullSpeed()) {
            org.softmaxlab.train.Pace shown = pace;
            long imagesPerSecond = Math.round(latest.imagesSeen() / seconds);
            speed.set(() -> Messages.format("status.speedPaced", imagesPerSecond, PaceText.of(shown)));
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

    private double elapsedSeconds() {
        return (latest == null ? 0 : latest.elapsedNanos() / 1e9) + evalMillis / 1e3;
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
