package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.softmaxlab.testing.FashionModels;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/** The gallery, confusion matrix and single-image classifier on a model trained on real data. */
class InspectionTest {

    private static Dataset data;
    private static Evaluation evaluation;
    private static float[] parameters;

    @BeforeAll
    static void train() {
        Nd4jRuntime.configureThreads(1);
        data = RealData.load().head(12_000, 10_000);
        AtomicReference<Evaluation> last = new AtomicReference<>();
        RunOutcome outcome = new Trainer(TrainingData.of(data)).run(TrainConfig.DEFAULTS.withEpochs(1),
                new TrainingListener() {
                    @Override
                    public void epochFinished(EpochMetrics metrics, Evaluation e) {
                        last.set(e);
                    }
                }, new TrainingControl());
        evaluation = last.get();
        parameters = outcome.model().parametersCopy();
    }

    @Test
    void confusionMatrixCoversEveryTestImageOnce() {
        ConfusionMatrix m = ConfusionMatrix.of(evaluation);
        assertEquals(10_000, m.total());
        assertEquals(evaluation.correctCount(), m.correct());
        assertEquals(10_000 - evaluation.correctCount(), m.wrong());
        for (int t = 0; t < 10; t++) {
            assertEquals(1000, m.rowTotal(t), "Fashion-MNIST's test set has 1,000 images a class");
            double rowSum = 0;
            for (int p = 0; p < 10; p++) {
                rowSum += m.rowFraction(t, p);
            }
            assertEquals(1.0, rowSum, 1e-9);
        }
        String[] lines = m.toCsv(MnistFamily.FASHION_MNIST.classNames()).split("\n");
        assertEquals(11, lines.length);
        assertTrue(lines[0].startsWith("true\\predicted,T-shirt/top,Trouser"), lines[0]);
        int csvTotal = 0;
        for (int t = 1; t <= 10; t++) {
            String[] cells = lines[t].split(",");
            csvTotal += Integer.parseInt(cells[11]);
            assertEquals(m.count(t - 1, 3), Integer.parseInt(cells[4]));
        }
        assertEquals(10_000, csvTotal);
    }

    @Test
    void galleryListsExactlyTheWrongImagesMostConfidentlyWrongFirst() {
        int[] wrong = GalleryQuery.ALL_WRONG.select(evaluation);
        assertEquals(ConfusionMatrix.of(evaluation).wrong(), wrong.length);
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < wrong.length; k++) {
            int i = wrong[k];
            assertTrue(seen.add(i));
            assertTrue(evaluation.label(i) != evaluation.prediction(i));
            if (k > 0) {
                int prev = wrong[k - 1];
                assertTrue(evaluation.probability(prev, evaluation.label(prev))
                        <= evaluation.probability(i, evaluation.label(i)), "sorted by p(true class) ascending");
            }
        }
        int[] byIndex = GalleryQuery.ALL_WRONG.withSort(GallerySort.TEST_INDEX).select(evaluation);
        for (int k = 1; k < byIndex.length; k++) {
            assertTrue(byIndex[k - 1] < byIndex[k]);
        }
    }

    @Test
    void filtersByTrueAndPredictedClassAndTheDiagonalShowsCorrectImages() {
        ConfusionMatrix m = ConfusionMatrix.of(evaluation);
        int shirt = 6;
        int tshirt = 0;
        int[] pair = GalleryQuery.ALL_WRONG.withTrueClass(shirt).withPredictedClass(tshirt).select(evaluation);
        assertEquals(m.count(shirt, tshirt), pair.length);
        for (int i : pair) {
            assertEquals(shirt, evaluation.label(i));
            assertEquals(tshirt, evaluation.prediction(i));
        }
        int[] diagonal = GalleryQuery.ALL_WRONG.withTrueClass(1).withPredictedClass(1).select(evaluation);
        assertEquals(m.count(1, 1), diagonal.length);
        int[] trueShirts = GalleryQuery.ALL_WRONG.withTrueClass(shirt).select(evaluation);
        assertEquals(m.rowTotal(shirt) - m.count(shirt, shirt), trueShirts.length);
    }

    @Test
    void singleImageClassifierAgreesWithTheBatchEvaluation() {
        ImageClassifier classifier = new ImageClassifier(FashionModels.spec(parameters), parameters);
        float[] pixels = new float[784];
        for (int i : new int[] {0, 1, 17, 4242, 9999}) {
            data.test().copyScaledRow(i, pixels, 0);
            float[] p = classifier.probabilities(pixels);
            float sum = 0;
            for (float v : p) {
                sum += v;
            }
            assertEquals(1f, sum, 1e-5f);
            assertArrayEquals(evaluation.probabilities(i), p, 1e-4f, "image " + i);
        }
    }

    @Test
    void anMlpClassifiesOneImageAsTheTrainerEvaluatesIt() {
        org.softmaxlab.train.ModelSpec mlp = org.softmaxlab.train.ModelSpec.mlp(24);
        Model model = Model.initialized(mlp, 0.1, 5);
        Evaluation mlpEvaluation = new Trainer(TrainingData.of(data)).evaluateTest(model);
        ImageClassifier classifier = new ImageClassifier(mlp, model.parametersCopy());
        float[] pixels = new float[784];
        for (int i = 0; i < 20; i++) {
            data.test().copyScaledRow(i, pixels, 0);
            float[] p = classifier.probabilities(pixels);
            for (int c = 0; c < 10; c++) {
                assertEquals(mlpEvaluation.probability(i, c), p[c], 1e-5, "image " + i + ", class " + c);
            }
        }
        int[][] filters = WeightImages.render(mlp, model.parametersCopy());
        assertEquals(24, filters.length, "one picture per hidden unit");
        assertEquals(784, filters[0].length);
        assertEquals(10 * 24, WeightImages.outputLayer(mlp, model.parametersCopy()).length);
        assertEquals(null, WeightImages.outputLayer(FashionModels.spec(parameters), parameters), "softmax regression has no output layer to map");
    }
}
