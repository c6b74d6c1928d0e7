package org.softmaxlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;
import org.softmaxlab.math.BatchLoss;
import org.softmaxlab.math.SoftmaxCrossEntropy;

/**
 * Minibatch SGD for any {@link Model} (softmax regression or the MLP), d2l §3.7's recipe: each epoch shuffles the training set
 * from the seed, steps through it in batches, and evaluates the test set.
 *
 * <p>A run blocks the calling thread (front ends give it its own) and reports to a
 * {@link TrainingListener} on that thread. Pause, single steps, the pace and cancel, through
 * {@link TrainingControl}, are honoured between batches; a pace's waits are not training time. A loss or weight that stops being finite ends the run as
 * {@link RunOutcome.Status#DIVERGED} with a {@link Divergence} saying where and what to try.
 */
public final class Trainer {

    private final TrainingData data;

    public Trainer(TrainingData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /** Trains a freshly initialised model, sized for the data set (its image shape and classes). */
    public RunOutcome run(TrainConfig config, TrainingListener listener, TrainingControl control) {
        config.validate();
        return run(config, Model.initialized(modelFor(config), config.initStd(), config.seed()), listener, control);
    }

    /** The model {@code config} names, sized for this trainer's data set. */
    public ModelSpec modelFor(TrainConfig config) {
        return config.model().sizedFor(data.source());
    }

    /**
     * Trains {@code model} further, in place; it must be the kind of model {@code config} names, made
     * for this trainer's data set.
     */
    public RunOutcome run(TrainConfig config, Model model, TrainingListener listener,
                          TrainingControl control) {
        config.validate();
        if (!model.spec().sameArchitecture(config.model())) {
            throw new IllegalArgumentException("the settings are for " + config.model().describe()
                    + " but the model to train is " + model.spec().describe() + "; start a fresh model instead");
        }
        if (!model.spec().equals(modelFor(config))) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the model takes %,d inputs and gives %d classes, but %s has %,d values per image and %d "
                            + "classes; start a fresh model for this data set", model.spec().inputs(),
                    model.spec().classes(), data.source().name(), data.source().inputCount(),
                    data.source().classCount()));
        }
        Run run = new Run(config, model, listener, control);
        RunOutcome outcome = run.execute();
        listener.runFinished(outcome);
        return outcome;
    }

    /**
     * {@code model} on the test set, as an epoch's end evaluates it: for a model that was not just
     * evaluated (one opened from a file, or stopped inside an epoch). Blocks; not while a run trains
     * the same model.
     */
    public Evaluation evaluateTest(Model model) {
        return new Evaluator(data.test(), data.source().classCount())
                .evaluate(Objects.requireNonNull(model, "model"));
    }

    /** The state of one run; lives on the trainer's thread only. */
    private final class Run {
        private final TrainConfig config;
        private final Model model;
        private final TrainingListener listener;
        private final TrainingControl control;
        private final List<EpochMetrics> epochs = new ArrayList<>();
        private final RandomGenerator shuffleRandom;
        private final int[] order;
        private final BatchBuffers fullBatch;
        private final BatchBuffers lastBatch;
        private final int batchesPerEpoch;
        private long imagesSeen;
        private long trainingNanos;
        private double learningRate;
        /** When the last paced batch was due to end (System.nanoTime); 0 before the first. */
        private long paceDue;

        Run(TrainConfig config, Model model, TrainingListener listener, TrainingControl control) {
            this.config = config;
            this.learningRate = config.learningRate();
            this.model = Objects.requireNonNull(model, "model");
            this.listener = Objects.requireNonNull(listener, "listener");
            this.control = Objects.requireNonNull(control, "control");
            // A stream apart from the init stream: changing σ must not change the shuffles.
            this.shuffleRandom = new Well19937c(config.seed() ^ 0x9E3779B97F4A7C15L);
            int n = data.train().size();
            this.order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int batch = Math.min(config.batchSize(), n);
            this.batchesPerEpoch = (n + batch - 1) / batch;
            this.fullBatch = new BatchBuffers(batch, model);
            int remainder = n % batch;
            this.lastBatch = remainder == 0 ? fullBatch : new BatchBuffers(remainder, model);
        }

        RunOutcome execute() {
            try {
                listener.runStarted(new RunInfo(config, Nd4jRuntime.backendName(), Nd4jRuntime.threads(),
                        data.train().size(), data.test().size(), batchesPerEpoch, Nd4jRuntime.kernels().describe()));
                Evaluator evaluator = new Evaluator(data.test(), data.source().classCount());
                for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                    if (!trainEpoch(epoch, evaluator)) {
                        return outcome(RunOutcome.Status.CANCELLED,
                                new EndReason.Stopped(epochs.size(), config.epochs()), null);
                    }
                }
                return outcome(RunOutcome.Status.COMPLETED, null, null);
            } catch (DivergenceException e) {
                return outcome(RunOutcome.Status.DIVERGED, e.divergence(), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return outcome(RunOutcome.Status.CANCELLED, new EndReason.Interrupted(epochs.size()), null);
            } catch (RuntimeException | OutOfMemoryError e) {
                return outcome(RunOutcome.Status.FAILED, EndReason.Failed.of(e), e);
            }
        }

        private RunOutcome outcome(RunOutcome.Status status, EndReason reason, Throwable cause) {
            return new RunOutcome(status, reason, epochs, cause, model);
        }

        /** One pass over the shuffled training set, then the test evaluation; false if cancelled. */
        private boolean trainEpoch(int epoch, Evaluator evaluator) throws DivergenceException, InterruptedException {
            MathArrays.shuffle(order, shuffleRandom);
            double lossSum = 0;
            long correct = 0;
            long seen = 0;
            long epochStart = System.nanoTime();
            long pausedNanos = 0;
            for (int b = 0; b < batchesPerEpoch; b++) {
                long batchStart = System.nanoTime();
                long waited = control.awaitRunnable();
                pausedNanos += waited;
                if (control.isCancelled()) {
                    return false;
                }
                applyLearningRateRequest(epoch - 1 + (double) b / batchesPerEpoch);
                BatchBuffers batch = b < batchesPerEpoch - 1 ? fullBatch : lastBatch;
                BatchLoss loss = step(batch, b * fullBatch.size, epoch, b + 1);
                lossSum += loss.lossSum();
                correct += loss.correct();
                seen += batch.size;
                imagesSeen += batch.size;
                trainingNanos += System.nanoTime() - batchStart - waited;
                BatchProgress progress = new BatchProgress(epoch, b + 1, batchesPerEpoch, lossSum / seen,
                        (double) correct / seen, imagesSeen, trainingNanos);
                listener.batchFinished(progress);
                if (control.takeWeightsRequest()) {
                    listener.weightsSnapshot(progress, model.parametersCopy());
                }
                // A slow pace waits here, after the batch is published, so the views show it meanwhile.
                // Batches are due on a schedule, not each a pace after the last one ended, so that
                // waking late from one wait does not add up over an epoch; a pause restarts it.
                long computeStart = batchStart + waited;
                long budget = control.pace().batchNanos(batchesPerEpoch);
                long due = paceDue > computeStart - budget ? paceDue : computeStart;
                pausedNanos += control.awaitPace(due, batchesPerEpoch);
                paceDue = due + control.pace().batchNanos(batchesPerEpoch);
            }
            double trainMillis = (System.nanoTime() - epochStart - pausedNanos) / 1e6;
            if (!model.isFinite()) {
                throw new DivergenceException(Divergence.ofWeights(epoch));
            }
            long evalStart = System.nanoTime();
            Evaluation evaluation = evaluator.evaluate(model);
            double evalMillis = (System.nanoTime() - evalStart) / 1e6;
            EpochMetrics metrics = new EpochMetrics(epoch, lossSum / seen, (double) correct / seen,
                    evaluation.loss(), evaluation.accuracy(), trainMillis, evalMillis);
            epochs.add(metrics);
            listener.epochFinished(metrics, evaluation);
            control.epochEnded();
            return true;
        }

        private void applyLearningRateRequest(double fractionalEpoch) {
            double requested = control.takeLearningRateRequest();
            if (!Double.isNaN(requested) && requested != learningRate) {
                double from = learningRate;
                learningRate = requested;
                listener.learningRateChanged(fractionalEpoch, from, requested);
            }
        }

        /**
         * One SGD step on the rows {@code order[from ..]}: the model's logits, the loss and its gradient
         * softmax(logits) − Y, then the model's backward pass with step lr / n.
         */
        private BatchLoss step(BatchBuffers batch, int from, int epoch, int batchNumber) throws DivergenceException {
            batch.gather(data.train(), order, from);
            batch.pass.logits(batch.inputs, batch.logits);
            batch.readLogits();
            if (control.takeBatchRequest()) {
                listener.batchSnapshot(batch.snapshot(epoch, batchNumber, learningRate, config.lossFormula(),
                        model.spec()));
            }
            BatchLoss loss = SoftmaxCrossEntropy.forward(batch.logitsHost, batch.labels, batch.size,
                    batch.classes, config.lossFormula(), batch.gradientHost, null);
            if (!loss.isFinite()) {
                throw new DivergenceException(Divergence.ofBatch(epoch, batchNumber, loss.lossSum(),
                        max(batch.logitsHost), config.lossFormula()));
            }
            SoftmaxCrossEntropy.probabilitiesToGradient(batch.gradientHost, batch.labels, batch.size,
                    batch.classes);
            batch.writeGradient();
            batch.pass.descend(batch.inputs, batch.gradient, batch.gradientHost, learningRate / batch.size);
            return loss;
        }

        private static double max(float[] values) {
            double max = Double.NEGATIVE_INFINITY;
            for (float v : values) {
                max = Math.max(max, v);
            }
            return max;
        }
    }
}
