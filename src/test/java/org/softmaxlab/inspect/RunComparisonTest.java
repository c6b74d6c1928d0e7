package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.inspect.RunComparison.Cell;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingData;

class RunComparisonTest {

    /** Six images of classes 0, 0, 1, 1, 2, 2: both right on 0 and 2, only A on 1, only B on 3 and 4, neither on 5. */
    private static RunComparison sixImages() {
        int[] labels = {0, 0, 1, 1, 2, 2};
        int[] a = {0, 0, 1, 3, 4, 4};
        int[] b = {0, 5, 1, 1, 2, 4};
        return new RunComparison(labels, a, b);
    }

    @Test
    void sortsEachImageIntoItsCell() {
        RunComparison c = sixImages();
        assertArrayEquals(new int[] {0, 2}, c.indices(Cell.BOTH_RIGHT));
        assertArrayEquals(new int[] {1}, c.indices(Cell.ONLY_A_RIGHT));
        assertArrayEquals(new int[] {3, 4}, c.indices(Cell.ONLY_B_RIGHT));
        assertArrayEquals(new int[] {5}, c.indices(Cell.BOTH_WRONG));
        assertEquals(6, c.size());
        assertEquals(3.0 / 6, c.accuracyA(), 1e-12);
        assertEquals(4.0 / 6, c.accuracyB(), 1e-12);
    }

    @Test
    void perClassAccuraciesAndGains() {
        RunComparison c = sixImages();
        assertEquals(1.0, c.classAccuracyA(0), 1e-12);
        assertEquals(0.5, c.classAccuracyB(0), 1e-12);
        assertEquals(-0.5, c.classGain(0), 1e-12, "class 0 lost");
        assertEquals(0.5, c.classGain(1), 1e-12, "class 1 gained");
        assertEquals(0.5, c.classGain(2), 1e-12);
        assertEquals(0.0, c.classGain(7), 1e-12, "a class without images neither gains nor loses");
        assertEquals(2, c.classCount(2));
    }

    @Test
    void fromEvaluationsUsesTheirPredictions() {
        int[] labels = {3, 4};
        Evaluation a = evaluation(labels, new int[] {3, 3});
        Evaluation b = evaluation(labels, new int[] {4, 4});
        RunComparison c = RunComparison.of(a, b);
        assertEquals(1, c.count(Cell.ONLY_A_RIGHT));
        assertEquals(1, c.count(Cell.ONLY_B_RIGHT));
        assertEquals(0, c.count(Cell.BOTH_RIGHT));
    }

    @Test
    void refusesDifferentTestSets() {
        Evaluation a = evaluation(new int[] {1, 2}, new int[] {1, 2});
        Evaluation b = evaluation(new int[] {2, 1}, new int[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> RunComparison.of(a, b));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RunComparison(new int[3], new int[3], new int[2]));
        assertTrue(e.getMessage().contains("different test sets"), e.getMessage());
    }

    @Test
    void softmaxAgainstAOneEpochSoftmaxOnRealData() {
        Nd4jRuntime.configureThreads(1);
        Dataset data = RealData.load().head(12_000, 10_000);
        Trainer trainer = new Trainer(TrainingData.of(data));
        Evaluation oneEpoch = trainer.evaluateTest(
                trainer.run(TrainConfig.DEFAULTS.withEpochs(1), new org.softmaxlab.train.TrainingListener() {
                }, new org.softmaxlab.train.TrainingControl()).model());
        Evaluation threeEpochs = trainer.evaluateTest(
                trainer.run(TrainConfig.DEFAULTS.withEpochs(3), new org.softmaxlab.train.TrainingListener() {
                }, new org.softmaxlab.train.TrainingControl()).model());
        RunComparison c = RunComparison.of(oneEpoch, threeEpochs);
        int sum = 0;
        for (Cell cell : Cell.values()) {
            sum += c.count(cell);
        }
        assertEquals(10_000, sum);
        assertEquals(oneEpoch.correctCount(), c.count(Cell.BOTH_RIGHT) + c.count(Cell.ONLY_A_RIGHT));
        assertEquals(threeEpochs.correctCount(), c.count(Cell.BOTH_RIGHT) + c.count(Cell.ONLY_B_RIGHT));
        assertEquals(oneEpoch.accuracy(), c.accuracyA(), 1e-12);
        assertEquals(threeEpochs.accuracy(), c.accuracyB(), 1e-12);
        for (int cls = 0; cls < MnistFamily.FASHION_MNIST.classNames().size(); cls++) {
            assertEquals(1000, c.classCount(cls));
        }
        for (int i : c.indices(Cell.ONLY_B_RIGHT)) {
            assertTrue(threeEpochs.isCorrect(i) && !oneEpoch.isCorrect(i), "image " + i);
        }
    }

    private static Evaluation evaluation(int[] labels, int[] predictions) {
        return new Evaluation(10, labels, predictions, new float[labels.length * MnistFamily.FASHION_MNIST.classNames().size()], 0);
    }
}
