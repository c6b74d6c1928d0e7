package org.softmaxlab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

    @Test
    void stableCrossEntropyIsFiniteForExtremeLogits() {
        float[][] cases = {{1000f, 0f, -1000f}, {-10_000f, -10_000f, -10_000f}, {88.8f, 100f, -200f}};
        for (float[] logits : cases) {
            float[] p = new float[logits.length];
            for (int y = 0; y < logits.length; y++) {
                float loss = Softmax.crossEntropyRow(logits, 0, logits.length, y, LossFormula.STABLE, p, 0);
                assertTrue(Float.isFinite(loss), "loss for class " + y + " of " + java.util.Arrays.toString(logits));
                for (float pj : p) {
                    assertTrue(Float.isFinite(pj) && pj >= 0 && pj <= 1, "probability " + pj);
                }
            }
        }
        float[] p = new float[3];
        assertEquals(2000f, Softmax.crossEntropyRow(new float[] {1000f, 0f, -1000f}, 0, 3, 2, LossFormula.STABLE, p, 0));
        assertEquals((float) Math.log(3), Softmax.crossEntropyRow(new float[] {-1e4f, -1e4f, -1e4f}, 0, 3, 1,
                LossFormula.STABLE, p, 0), 1e-6f);
    }

    @Test
    void naiveFormulaBreaksWhereTheStableOneDoesNot() {
        float[] p = new float[3];
        // exp(1000) overflows: inf / inf = NaN
        assertTrue(Float.isNaN(Softmax.crossEntropyRow(new float[] {1000f, 0f, -1000f}, 0, 3, 0, LossFormula.NAIVE, p, 0)));
        // exp(-10000) underflows to 0 in every entry: 0 / 0 = NaN
        assertTrue(Float.isNaN(Softmax.crossEntropyRow(new float[] {-1e4f, -1e4f, -1e4f}, 0, 3, 0, LossFormula.NAIVE, p, 0)));
        // p_y underflows to 0 while the sum stays finite: log(0) = -inf, so the loss is +inf
        assertEquals(Float.POSITIVE_INFINITY, Softmax.crossEntropyRow(new float[] {0f, -200f}, 0, 2, 1, LossFormula.NAIVE, p, 0));
        // just under float32's exp limit the naive form still works, just over it does not
        assertTrue(Float.isFinite(Softmax.crossEntropy(new float[] {88.0f, 0f}, 1, LossFormula.NAIVE)));
        // over it, exp(89) = inf: the overflowing class gets inf / inf = NaN, the others 1 / inf = 0 and log(0)
        assertTrue(Float.isNaN(Softmax.crossEntropy(new float[] {89.0f, 0f}, 0, LossFormula.NAIVE)));
        assertEquals(Float.POSITIVE_INFINITY, Softmax.crossEntropy(new float[] {89.0f, 0f}, 1, LossFormula.NAIVE));
        assertTrue(Float.isFinite(Softmax.crossEntropy(new float[] {89.0f, 0f}, 1, LossFormula.STABLE)));
        assertTrue(Double.isFinite(Softmax.crossEntropy(new double[] {89.0, 0}, 1, LossFormula.NAIVE)));
    }

    @Test
    void floatKernelMatchesDoubleReferenceOnOrdinaryLogits() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            float[] logits = new float[10];
            double[] reference = new double[10];
            for (int j = 0; j < 10; j++) {
                logits[j] = (float) (random.nextGaussian() * 3);
                reference[j] = logits[j];
            }
            int y = random.nextInt(10);
            float[] p = new float[10];
            float loss = Softmax.crossEntropyRow(logits, 0, 10, y, LossFormula.STABLE, p, 0);
            double[] expected = Softmax.stable(reference);
            assertEquals(-Math.log(expected[y]), loss, 1e-6 * Math.max(1, Math.abs(loss)));
            for (int j = 0; j < 10; j++) {
                assertEquals(expected[j], p[j], 1e-6);
            }
            double[] naiveLog = Softmax.naiveLog(reference);
            double[] stableLog = Softmax.stableLog(reference);
            for (int j = 0; j < 10; j++) {
                assertEquals(naiveLog[j], stableLog[j], 1e-9);
            }
        }
    }

    @Test
    void gradientMatchesCentralFiniteDifferences() {
        Random random = new Random(11);
        int rows = 5;
        int classes = 4;
        float[] logits = new float[rows * classes];
        int[] labels = new int[rows];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) random.nextGaussian();
        }
        for (int r = 0; r < rows; r++) {
            labels[r] = random.nextInt(classes);
        }
        float[] gradient = new float[logits.length];
        SoftmaxCrossEntropy.forward(logits, labels, rows, classes, LossFormula.STABLE, gradient, null);
        SoftmaxCrossEntropy.probabilitiesToGradient(gradient, labels, rows, classes);
        double h = 1e-5;
        for (int i = 0; i < logits.length; i++) {
            double numeric = (summedLoss(logits, labels, rows, classes, i, h)
                    - summedLoss(logits, labels, rows, classes, i, -h)) / (2 * h);
            assertEquals(numeric, gradient[i], 1e-5, "d loss / d logit " + i);
        }
    }

    /** The summed float64 cross-entropy with logit {@code i} moved by {@code delta}. */
    private static double summedLoss(float[] logits, int[] labels, int rows, int classes, int i, double delta) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            double[] row = new double[classes];
            for (int j = 0; j < classes; j++) {
                row[j] = logits[r * classes + j] + (r * classes + j == i ? delta : 0);
            }
            sum += Softmax.crossEntropy(row, labels[r], LossFormula.STABLE);
        }
        return sum;
    }

    @Test
    void batchKernelCountsCorrectRowsByFirstArgmax() {
        float[] logits = {
            3f, 1f, 2f,   // argmax 0
            0f, 5f, 5f,   // tie: first max wins, 1
            -1f, -2f, 4f, // argmax 2
        };
        int[] labels = {0, 2, 2};
        int[] predictions = new int[3];
        BatchLoss loss = SoftmaxCrossEntropy.forward(logits, labels, 3, 3, LossFormula.STABLE, new float[9], predictions);
        assertEquals(2, loss.correct());
        assertEquals(1, predictions[1]);
        double expected = 0;
        for (int r = 0; r < 3; r++) {
            double[] row = {logits[r * 3], logits[r * 3 + 1], logits[r * 3 + 2]};
            expected -= Softmax.stableLog(row)[labels[r]];
        }
        assertEquals(expected, loss.lossSum(), 1e-5);
    }
}
