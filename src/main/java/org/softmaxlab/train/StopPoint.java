package org.softmaxlab.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Where a stopped run stands inside its epoch: the next batch, the epoch's shuffled order, the
 * shuffle generator as it was after that shuffle, the epoch's running sums and the run's counters.
 * {@link Trainer#run(TrainConfig, Model, StopPoint, TrainingListener, TrainingControl)} goes on from
 * it exactly as if the run had never stopped: same batches, same order, bit-identical weights and
 * curves (the run's last batches would otherwise restart the epoch at batch 1, and its curves and
 * epoch count would no longer agree).
 *
 * <p>Immutable: the generator's state is kept as bytes, and each continuation restores its own copy.
 */
public final class StopPoint {

    private final TrainConfig config;
    private final int epoch;
    private final int nextBatch;
    private final int batchesPerEpoch;
    private final int[] order;
    private final byte[] shuffleState;
    private final double lossSum;
    private final long correct;
    private final long seen;
    private final long imagesSeen;
    private final long trainingNanos;
    private final double learningRate;
    private final List<EpochMetrics> epochsDone;

    StopPoint(TrainConfig config, int epoch, int nextBatch, int batchesPerEpoch, int[] order,
              RandomGenerator shuffleRandom, double lossSum, long correct, long seen, long imagesSeen,
              long trainingNanos, double learningRate, List<EpochMetrics> epochsDone) {
        this.config = Objects.requireNonNull(config, "config");
        this.epoch = epoch;
        this.nextBatch = nextBatch;
        this.batchesPerEpoch = batchesPerEpoch;
        this.order = order.clone();
        this.shuffleState = save(shuffleRandom);
        this.lossSum = lossSum;
        this.correct = correct;
        this.seen = seen;
        this.imagesSeen = imagesSeen;
        this.trainingNanos = trainingNanos;
        this.learningRate = learningRate;
        this.epochsDone = List.copyOf(epochsDone);
    }

    /**
     * Whether a run with {@code next} can go on from here: the same model kind, batch size, seed and
     * loss formula (the batches and their order depend on them). The epochs and the learning rate
     * may differ: the run then ends at {@code next}'s epoch count (at least the epoch under way) and
     * trains on at {@code next}'s rate.
     */
    public boolean fits(TrainConfig next) {
        return next.model().equals(config.model()) && next.batchSize() == config.batchSize()
                && next.seed() == config.seed() && next.lossFormula() == config.lossFormula();
    }

    /** The run's settings when it stopped. */
    public TrainConfig config() {
        return config;
    }

    /** The epoch under way, counted from the run's start (1-based). */
    public int epoch() {
        return epoch;
    }

    /** Batches of that epoch already trained (the next one is this + 1). */
    public int batchesDone() {
        return nextBatch;
    }

    public int batchesPerEpoch() {
        return batchesPerEpoch;
    }

    /** Where the run stopped on its own epoch axis: 7.47 is batch 111 of epoch 8 with 235 a epoch. */
    public double fractionalEpoch() {
        return epoch - 1 + (double) nextBatch / batchesPerEpoch;
    }

    /** The epochs the run finished before it stopped, numbered from its start. */
    public List<EpochMetrics> epochsDone() {
        return epochsDone;
    }

    int[] order() {
        return order.clone();
    }

    RandomGenerator shuffleRandom() {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(shuffleState))) {
            return (RandomGenerator) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    double lossSum() {
        return lossSum;
    }

    long correct() {
        return correct;
    }

    long seen() {
        return seen;
    }

    long imagesSeen() {
        return imagesSeen;
    }

    long trainingNanos() {
        return trainingNanos;
    }

    double learningRate() {
        return learningRate;
    }

    /** Commons Math's generators are Serializable: their state as bytes is an exact copy. */
    private static byte[] save(RandomGenerator random) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(random);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
