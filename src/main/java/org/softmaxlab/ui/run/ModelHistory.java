package org.softmaxlab.ui.run;

import java.util.ArrayList;
import java.util.List;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.TrainConfig;

/**
 * What the current model went through: the epochs of all the runs that trained it, numbered on from
 * one run to the next, and the settings of the last. A model file keeps exactly this.
 */
final class ModelHistory {

    private final List<EpochMetrics> epochs = new ArrayList<>();
    private TrainConfig config;

    /**
     * A run ended. {@code kept} says whether its model is the current one now (completed or stopped);
     * if not (diverged, failed, or no model), the history goes with the model.
     */
    void runEnded(boolean kept, List<EpochMetrics> runEpochs, TrainConfig runConfig) {
        if (!kept) {
            clear();
            return;
        }
        int before = epochs.size();
        for (EpochMetrics m : runEpochs) {
            epochs.add(new EpochMetrics(before + m.epoch(), m.trainLoss(), m.trainAccuracy(), m.testLoss(),
                    m.testAccuracy(), m.trainMillis(), m.evalMillis()));
        }
        config = runConfig;
    }

    /** The current model came from a file with this history. */
    void replace(TrainConfig fileConfig, List<EpochMetrics> fileEpochs) {
        epochs.clear();
        epochs.addAll(fileEpochs);
        config = fileConfig;
    }

    /** The model was dropped. */
    void clear() {
        epochs.clear();
        config = null;
    }

    /** Draws each epoch's end into the curves: its train loss, train accuracy and test accuracy. */
    void plot(CurvePoints trainLoss, CurvePoints trainAccuracy, CurvePoints testAccuracy) {
        List<ChartPoint> loss = new ArrayList<>();
        List<ChartPoint> train = new ArrayList<>();
        List<ChartPoint> test = new ArrayList<>();
        for (EpochMetrics m : epochs) {
            loss.add(new ChartPoint(m.epoch(), m.trainLoss()));
            train.add(new ChartPoint(m.epoch(), m.trainAccuracy()));
            test.add(new ChartPoint(m.epoch(), m.testAccuracy()));
        }
        trainLoss.addAll(loss);
        trainAccuracy.addAll(train);
        testAccuracy.addAll(test);
    }

    /** The epochs, oldest first (a copy). */
    List<EpochMetrics> epochs() {
        return List.copyOf(epochs);
    }

    /** The settings of the last run, or null when there is no history. */
    TrainConfig config() {
        return config;
    }
}
