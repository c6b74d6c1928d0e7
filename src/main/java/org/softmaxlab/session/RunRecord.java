package org.softmaxlab.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;

/**
 * One run as the class sees it: its settings, its curves as they grew, where its learning rate was
 * changed, and how it ended. A run may span several stretches of training when its model is trained
 * further; positions are on one epoch axis that keeps growing.
 *
 * <p>Not thread-safe: like {@link RunHistory}, it belongs to one thread, the JavaFX application thread
 * in the GUI. The trainer's events reach it through the UI bridge, never from the trainer's thread.
 */
public final class RunRecord {

    /** Where a run stands. */
    public enum Status {
        RUNNING, COMPLETED, CANCELLED, DIVERGED, FAILED;

        /** The status for how the trainer said a run ended. */
        public static Status of(RunOutcome.Status ended) {
            return valueOf(ended.name());
        }
    }

    private final int id;
    private final RunDataset dataset;
    private TrainConfig config;
    private final List<BatchPoint> batchPoints = new ArrayList<>();
    private final List<EpochPoint> epochs = new ArrayList<>();
    private final List<LearningRateChange> learningRateChanges = new ArrayList<>();
    private Status status = Status.RUNNING;
    private EndReason reason;
    private String name = "";
    /** The predicted class of each test image at the run's last evaluation; 10,000 ints, kept for comparing runs. */
    private int[] testPredictions;

    /** Runs are created by {@link RunHistory#add(TrainConfig, RunDataset)}, which numbers them. */
    RunRecord(int id, TrainConfig config, RunDataset dataset) {
        this.id = id;
        this.config = config.validate();
        this.dataset = java.util.Objects.requireNonNull(dataset, "dataset");
    }

    /** The data set the run trains on; its test predictions are about that data set's test images. */
    public RunDataset dataset() {
        return dataset;
    }

    /** The run's number in its history, from 1: "run 3" to the user. */
    public int id() {
        return id;
    }

    /** The name the user gave the run, or empty: then it is named by what sets it apart. */
    public String name() {
        return name;
    }

    /** Names the run {@code newName} (trimmed); a blank name gives it back its automatic label. */
    public void rename(String newName) {
        name = newName == null ? "" : newName.strip();
    }

    /**
     * The settings the run started with, its epochs counted to the epoch it ends at (see
     * {@link #extendTo}); see {@link #learningRateChanges()} for later rates.
     */
    public TrainConfig config() {
        return config;
    }

    /**
     * The run trains on (a model trained further, or a run that began on a model with epochs):
     * from now on its epochs are {@code totalEpochs}, the epoch it ends at, as the chart's axis
     * counts. Its label and its CSV export say so.
     */
    public void extendTo(int totalEpochs) {
        if (totalEpochs < 1) {
            throw new IllegalArgumentException("a run has at least 1 epoch, not " + totalEpochs);
        }
        config = config.withEpochs(totalEpochs);
    }

    /** The training curve's points, in order; a read-only view. */
    public List<BatchPoint> batchPoints() {
        return Collections.unmodifiableList(batchPoints);
    }

    /** The finished epochs, in order; a read-only view. */
    public List<EpochPoint> epochs() {
        return Collections.unmodifiableList(epochs);
    }

    /** The learning-rate changes, in order; a read-only view. */
    public List<LearningRateChange> learningRateChanges() {
        return Collections.unmodifiableList(learningRateChanges);
    }

    /** Adds a point to the curves; points come in epoch order. */
    public void addBatchPoint(BatchPoint point) {
        requireNotBefore(point.fractionalEpoch(), lastPosition(), "batch point");
        batchPoints.add(point);
    }

    /** Adds a finished epoch at {@code fractionalEpoch} on the run's axis. */
    public void addEpoch(double fractionalEpoch, EpochMetrics metrics) {
        double lastEpoch = epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).fractionalEpoch();
        requireNotBefore(fractionalEpoch, lastEpoch, "epoch");
        epochs.add(new EpochPoint(fractionalEpoch, metrics));
    }

    /** Records that training from {@code atEpoch} on uses {@code newRate}. */
    public void changeLearningRate(double atEpoch, double newRate) {
        List<String> problems = config.withLearningRate(newRate).problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        requireNotBefore(atEpoch, learningRateChanges.isEmpty() ? 0
                : learningRateChanges.get(learningRateChanges.size() - 1).atEpoch(), "learning-rate change");
        learningRateChanges.add(new LearningRateChange(atEpoch, learningRate(), newRate));
    }

    /** The learning rate now: the last change's, else the configured one. */
    public double learningRate() {
        return learningRateChanges.isEmpty() ? config.learningRate()
                : learningRateChanges.get(learningRateChanges.size() - 1).to();
    }

    /** The learning rate that trained the point at {@code fractionalEpoch}: changes apply after their position. */
    public double learningRateAt(double fractionalEpoch) {
        double rate = config.learningRate();
        for (LearningRateChange change : learningRateChanges) {
            if (change.atEpoch() < fractionalEpoch) {
                rate = change.to();
            }
        }
        return rate;
    }

    public Status status() {
        return status;
    }

    /** Why the run did not complete, and what to try; empty while running or when completed. */
    public Optional<EndReason> reason() {
        return Optional.ofNullable(reason);
    }

    /** The run trains (again). */
    public void markRunning() {
        status = Status.RUNNING;
        reason = null;
    }

    /** The run ended as the trainer reported; {@code why} is null for a completed run. */
    public void finish(RunOutcome.Status ended, EndReason why) {
        this.status = Status.of(ended);
        this.reason = why;
    }

    /** The last finished epoch's metrics, if any epoch finished. */
    public Optional<EpochMetrics> finalMetrics() {
        return epochs.isEmpty() ? Optional.empty() : Optional.of(epochs.get(epochs.size() - 1).metrics());
    }

    /** Keeps {@code predictions} (the test-set predictions of the run's newest evaluation; copied). */
    public void setTestPredictions(int[] predictions) {
        testPredictions = predictions.clone();
    }

    /** The test-set predictions of the run's newest evaluation, if one was kept; a copy. */
    public Optional<int[]> testPredictions() {
        return testPredictions == null ? Optional.empty() : Optional.of(testPredictions.clone());
    }

    @Override
    public String toString() {
        return "RunRecord[id=" + id + ", " + dataset.name() + ", " + status + ", " + config + ", " + batchPoints.size() + " points, "
                + epochs.size() + " epochs]";
    }

    private double lastPosition() {
        return batchPoints.isEmpty() ? 0 : batchPoints.get(batchPoints.size() - 1).fractionalEpoch();
    }

    /** Out-of-order positions would be a bridge bug (an axis restarted at 0 when a model was trained further). */
    private static void requireNotBefore(double position, double last, String what) {
        if (!(position >= last)) {
            throw new IllegalArgumentException("a " + what + " at epoch " + position + " comes before the last one, at "
                    + last);
        }
    }
}
