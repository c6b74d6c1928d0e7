package org.softmaxlab.ui.status;

import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.ui.Messages;

/**
 * The status bar's texts: where the run is (epoch e/N, batch b/B), its speed, elapsed time and
 * ETA, and the ND4J backend. Fed by the training view-model on the UI thread.
 *
 * <p>Times are the trainer's own (pauses left out) plus the measured test evaluations, so the ETA
 * does not jump after a pause.
 */
public final class StatusViewModel {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", Messages.get("status.loading"));
    private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper(this, "speed", "");
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time", "");
    private final ReadOnlyStringWrapper backend = new ReadOnlyStringWrapper(this, "backend", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);

    private RunInfo run;
    private BatchProgress latest;
    private double evalMillis;
    private int epochsEvaluated;
    private boolean paused;

    /** The data is (re)loading. */
    public void loading() {
        text.set(Messages.get("status.loading"));
    }

    /** Loading failed; the loading card says why. */
    public void loadingFailed() {
        text.set(Messages.get("status.loadingFailed"));
    }

    /** The data is ready; shows its size and the backend. */
    public void dataReady(int trainImages, int testImages, String backendName, int threads) {
        text.set(Messages.format("status.ready", trainImages, testImages));
        backend.set(Messages.format("status.backend", backendName, threads));
    }

    /** A run started. */
    public void runStarted(RunInfo info) {
        run = info;
        latest = null;
        evalMillis = 0;
        epochsEvaluated = 0;
        paused = false;
        backend.set(Messages.format("status.backend", info.backend(), info.threads()));
        progress.set(0);
        text.set(Messages.format("status.starting", info.config().epochs()));
        speed.set("");
        time.set("");
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

    /** The run was paused or resumed. */
    public void paused(boolean value) {
        paused = value;
        refresh();
    }

    /** The run ended; the last position stays, prefixed by how it ended. */
    public void runEnded(RunOutcome outcome) {
        paused = false;
        String how = Messages.get("status.ended." + outcome.status().name().toLowerCase(Locale.ROOT));
        text.set(latest == null ? how : how + " · " + position());
        if (run != null) {
            time.set(Messages.format("status.elapsed", duration(elapsedSeconds())));
        }
    }

    private void refresh() {
        if (run == null || latest == null) {
            return;
        }
        String where = position();
        text.set(paused ? Messages.format("status.paused", where) : where);
        double seconds = latest.elapsedNanos() / 1e9;
        speed.set(seconds > 0 ? Messages.format("status.speed", Math.round(latest.imagesSeen() / seconds)) : "");
        double done = fractionDone();
        progress.set(done);
        time.set(Messages.format("status.time", duration(elapsedSeconds()), duration(remainingSeconds(done))));
    }

    private String position() {
        return Messages.format("status.position", latest.epoch(), run.config().epochs(), latest.batch(),
                latest.batchesPerEpoch());
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
        return text.getReadOnlyProperty();
    }

    /** Training speed in images per second. */
    public ReadOnlyStringProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** Elapsed time and ETA. */
    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** "CPU · 1 thread" and the like. */
    public ReadOnlyStringProperty backendProperty() {
        return backend.getReadOnlyProperty();
    }

    /** Fraction of the current run done, 0–1 (0 when there is none). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
