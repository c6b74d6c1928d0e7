package org.softmaxlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.softmaxlab.math.LossFormula;

/**
 * The settings of one training run. Construct freely, then {@link #problems()} or
 * {@link #validate()} before training: messages name the setting, the value and what to do.
 *
 * @param epochs       passes over the training set, 1–10,000
 * @param learningRate SGD step size, finite and &gt; 0
 * @param batchSize    images per SGD step, 1–60,000
 * @param initStd      σ of the N(0, σ²) weight initialisation, finite and ≥ 0
 * @param seed         seeds weight initialisation and per-epoch shuffling
 * @param lossFormula  how cross-entropy is computed (stable unless demonstrating the naive one)
 * @param model        which model to train: softmax regression (the default) or the MLP
 */
public record TrainConfig(int epochs, double learningRate, int batchSize, double initStd, long seed,
                          LossFormula lossFormula, ModelSpec model) {

    public static final int MAX_EPOCHS = 10_000;
    public static final int MAX_BATCH_SIZE = 60_000;

    /** d2l §3.7's recipe: 10 epochs, lr 0.1, batch 256, σ 0.01. */
    public static final TrainConfig DEFAULTS = new TrainConfig(10, 0.1, 256, 0.01, 42L, LossFormula.STABLE);

    public TrainConfig {
        Objects.requireNonNull(lossFormula, "lossFormula");
        Objects.requireNonNull(model, "model");
    }

    /** Settings for softmax regression. */
    public TrainConfig(int epochs, double learningRate, int batchSize, double initStd, long seed,
                       LossFormula lossFormula) {
        this(epochs, learningRate, batchSize, initStd, seed, lossFormula, ModelSpec.SOFTMAX);
    }

    /** What is wrong with these settings, one actionable sentence each; empty when valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            problems.add(String.format(Locale.US, "epochs must be between 1 and %,d (was %d)", MAX_EPOCHS, epochs));
        }
        if (!Double.isFinite(learningRate) || learningRate <= 0) {
            problems.add("learning rate must be a finite number greater than 0 (was " + learningRate
                    + "); d2l uses 0.1");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            problems.add(String.format(Locale.US, "batch size must be between 1 and %,d (was %d); d2l uses 256",
                    MAX_BATCH_SIZE, batchSize));
        }
        if (!Double.isFinite(initStd) || initStd < 0) {
            problems.add("init σ must be a finite number ≥ 0 (was " + initStd + "); d2l uses 0.01");
        }
        problems.addAll(model.problems());
        return problems;
    }

    /** This config, or an {@link IllegalArgumentException} listing every problem. */
    public TrainConfig validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return this;
    }

    public TrainConfig withEpochs(int value) {
        return new TrainConfig(value, learningRate, batchSize, initStd, seed, lossFormula, model);
    }

    public TrainConfig withLearningRate(double value) {
        return new TrainConfig(epochs, value, batchSize, initStd, seed, lossFormula, model);
    }

    public TrainConfig withBatchSize(int value) {
        return new TrainConfig(epochs, learningRate, value, initStd, seed, lossFormula, model);
    }

    public TrainConfig withInitStd(double value) {
        return new TrainConfig(epochs, learningRate, batchSize, value, seed, lossFormula, model);
    }

    public TrainConfig withSeed(long value) {
        return new TrainConfig(epochs, learningRate, batchSize, initStd, value, lossFormula, model);
    }

    public TrainConfig withLossFormula(LossFormula value) {
        return new TrainConfig(epochs, learningRate, batchSize, initStd, seed, value, model);
    }

    public TrainConfig withModel(ModelSpec value) {
        return new TrainConfig(epochs, learningRate, batchSize, initStd, seed, lossFormula, value);
    }
}
