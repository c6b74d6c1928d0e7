package org.softmaxlab.ui.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.softmaxlab.run.TrainingRunner;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.StopPoint;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingListener;

/** A runner whose "trainer" is the test: it records each start and plays events by hand. */
public final class FakeRunner implements TrainingRunner {

    public final List<TrainConfig> configs = new ArrayList<>();
    public final List<Model> models = new ArrayList<>();
    /** The stop point each start went on from (null: the start of a run). */
    public final List<StopPoint> stopPoints = new ArrayList<>();
    public TrainingListener listener;
    public TrainingControl control;
    boolean ended;
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private int batchesPerEpoch;

    @Override
    public RunHandle start(TrainConfig config, Model model, StopPoint from, TrainingListener runListener,
                           TrainingControl runControl) {
        configs.add(config);
        models.add(model);
        stopPoints.add(from);
        listener = runListener;
        control = runControl;
        ended = false;
        epochs.clear();
        return timeout -> ended;
    }

    /** The models given to {@link #evaluation}, oldest first. */
    public final List<Model> evaluated = new ArrayList<>();
    private final Map<Integer, Evaluation> answers = new HashMap<>();
    private final Map<Integer, RuntimeException> failures = new HashMap<>();

    /**
     * Records the model; the work, when the view-model's background tasks run it, gives the answer
     * {@link #answerEvaluation} set for it (null before), or throws what {@link #failEvaluation} set.
     */
    @Override
    public Callable<Evaluation> evaluation(Model model) {
        int index = evaluated.size();
        evaluated.add(model);
        return () -> {
            RuntimeException failure = failures.get(index);
            if (failure != null) {
                throw failure;
            }
            return answers.get(index);
        };
    }

    /** What the {@code index}th evaluation asked for answers, once its work runs. */
    public void answerEvaluation(int index, Evaluation result) {
        answers.put(index, result);
    }

    /** What the {@code index}th evaluation asked for throws, once its work runs. */
    public void failEvaluation(int index, RuntimeException failure) {
        failures.put(index, failure);
    }

    /** Plays runStarted. */
    public void started(int batches) {
        batchesPerEpoch = batches;
        listener.runStarted(new RunInfo(configs.get(configs.size() - 1), "CPU", 1, batches * 256, 1000, batches));
    }

    /** Plays every batch of {@code epoch}, then its end with the given test accuracy. */
    public void epoch(int epoch, double testAccuracy) {
        batches(epoch, batchesPerEpoch);
        epochEnd(epoch, testAccuracy);
    }

    /** Plays only the end of {@code epoch} (its batches were played), with the given test accuracy. */
    public void epochEnd(int epoch, double testAccuracy) {
        EpochMetrics metrics = new EpochMetrics(epoch, 0.5, 0.8, 0.55, testAccuracy, 100, 10);
        epochs.add(metrics);
        listener.epochFinished(metrics, null);
    }

    /** Plays batches 1..count of {@code epoch}. */
    public void batches(int epoch, int count) {
        batches(epoch, 1, count);
    }

    /** Plays batches from..to of {@code epoch} (running loss 2/b, accuracy rising to 0.1 at {@code to}). */
    public void batches(int epoch, int from, int to) {
        for (int b = from; b <= to; b++) {
            listener.batchFinished(new BatchProgress(epoch, b, batchesPerEpoch, 2.0 / b, 0.1 * b / to,
                    ((long) (epoch - 1) * batchesPerEpoch + b) * 256, ((long) (epoch - 1) * batchesPerEpoch + b) * 1_000_000L));
        }
    }

    /** Plays runFinished. */
    public void finished(RunOutcome.Status status, EndReason reason, Model model) {
        ended = true;
        listener.runFinished(new RunOutcome(status, reason, epochs, null, model));
    }
}
