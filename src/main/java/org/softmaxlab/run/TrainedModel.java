package org.softmaxlab.run;

import java.util.List;
import java.util.Objects;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.TrainConfig;

/**
 * The model Start would train further, with what a model file keeps of its history.
 *
 * @param config the settings of its last run (or of the file it was opened from)
 * @param epochs every epoch it was trained for, over all its runs, numbered 1, 2, … in order
 * @param model  the model itself; read it only while no run is active
 */
public record TrainedModel(TrainConfig config, List<EpochMetrics> epochs, Model model) {

    public TrainedModel {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(model, "model");
        epochs = List.copyOf(epochs);
    }
}
