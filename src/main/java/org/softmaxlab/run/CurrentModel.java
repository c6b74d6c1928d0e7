package org.softmaxlab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.StopPoint;
import org.softmaxlab.train.TrainConfig;

/**
 * The model Start trains further, with everything the session knows of it: its parameters and kind,
 * the settings of its last run, every epoch it was trained for (numbered over all its runs), where
 * inside an epoch a stopped run left it, and whether it is saved as it is. Immutable; the session
 * makes a new one at each change. The parameters themselves are trained in place while a run of
 * this model is active: read them only between runs.
 *
 * @param model     the parameters and kind
 * @param config    the settings of its last run (or of the file it was opened from)
 * @param epochs    its whole epochs, numbered 1, 2, … over all its runs
 * @param stopPoint where a stopped run left it inside an epoch (Start goes on from there), or null
 * @param saved     whether a model file holds it exactly as it is (opened from one, or saved since)
 */
public record CurrentModel(Model model, TrainConfig config, List<EpochMetrics> epochs, StopPoint stopPoint,
                           boolean saved) {

    public CurrentModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(config, "config");
        epochs = List.copyOf(epochs);
    }

    /** Where the model stands on the epoch axis: whole epochs plus the part of one a stopped run trained. */
    public double position() {
        return epochs.size() + (stopPoint == null ? 0 : (double) stopPoint.batchesDone() / stopPoint.batchesPerEpoch());
    }

    /** Whether it has been trained at all (whole epochs or part of one). */
    public boolean trained() {
        return !epochs.isEmpty() || (stopPoint != null && stopPoint.batchesDone() > 0);
    }

    /** Whether dropping it loses training that no file holds: the question Reset asks is due. */
    public boolean wouldLoseTraining() {
        return trained() && !saved;
    }

    /** The last whole epoch, or null. */
    public EpochMetrics lastEpoch() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }

    /** The same model, now held by a model file. */
    public CurrentModel asSaved() {
        return new CurrentModel(model, config, epochs, stopPoint, true);
    }

    /**
     * The model after a run of {@code runConfig} that began with {@code epochsBefore} whole epochs:
     * its epochs renumbered on from there, the run's stop point (null unless it stopped), not saved.
     */
    CurrentModel after(Model trained, TrainConfig runConfig, int epochsBefore, List<EpochMetrics> runEpochs,
                       StopPoint stop) {
        return fresh(trained, runConfig, epochs, epochsBefore, runEpochs, stop);
    }

    /** A model a run trained from fresh weights (no history before it). */
    static CurrentModel fresh(Model trained, TrainConfig runConfig, List<EpochMetrics> before, int epochsBefore,
                              List<EpochMetrics> runEpochs, StopPoint stop) {
        List<EpochMetrics> all = new ArrayList<>(before);
        for (EpochMetrics m : runEpochs) {
            all.add(new EpochMetrics(epochsBefore + m.epoch(), m.trainLoss(), m.trainAccuracy(), m.testLoss(),
                    m.testAccuracy(), m.trainMillis(), m.evalMillis()));
        }
        return new CurrentModel(trained, runConfig, all, stop, false);
    }

    /** As a {@link TrainedModel}, what a model file keeps. */
    public TrainedModel toTrainedModel() {
        return new TrainedModel(config, epochs, model);
    }
}
