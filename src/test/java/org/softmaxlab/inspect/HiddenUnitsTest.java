package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.testing.FashionModels;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.inspect.HiddenUnits.Ranking;
import org.softmaxlab.inspect.HiddenUnits.Unit;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/**
 * The MLP's hidden units add up to the logits whose softmax the gallery shows, on real test images
 * with d2l's MLP (256 hidden units) after one epoch.
 */
@Timeout(180)
class HiddenUnitsTest {

    private static final int IMAGES = 300;
    private static Dataset real;
    private static float[] parameters;
    private static Evaluation evaluation;

    @BeforeAll
    static void train() {
        Nd4jRuntime.configureThreads(1);
        real = RealData.load().head(6000, IMAGES);
        TrainingData data = TrainingData.of(real);
        RunOutcome run = new Trainer(data).run(TrainConfig.DEFAULTS.withModel(ModelSpec.mlp(256)).withEpochs(1),
                TrainingListener.NONE, new TrainingControl());
        parameters = run.model().parametersCopy();
        evaluation = new Trainer(data).evaluateTest(run.model());
    }

    private static float[] pixels(int image) {
        float[] pixels = new float[784];
        real.test().copyScaledRow(image, pixels, 0);
        return pixels;
    }

    @Test
    void shownUnitsPlusTheRestPlusTheBiasAreTheLogitOfEveryClass() {
        for (int i = 0; i < IMAGES; i++) {
            float[] pixels = pixels(i);
            int predicted = evaluation.prediction(i);
            for (int other = 0; other < 10; other++) {
                HiddenUnits units = HiddenUnits.of(FashionModels.spec(parameters), parameters, pixels, predicted, other, Ranking.FIRST, 8);
                for (int c : new int[] {predicted, other}) {
                    assertEquals(units.logit(c), units.topSum(c) + units.restSum(c) + units.bias(c), 1e-4,
                            "image " + i + ", class " + c);
                    assertEquals(evaluation.probability(i, c), units.probability(c), 1e-5,
                            "the trainer's probability, image " + i + ", class " + c);
                }
                assertEquals(8, units.top().size());
                assertEquals(248, units.restCount());
            }
        }
    }

    @Test
    void theActivationsAreReluOfTheFirstLayerAndTheContributionsActivationTimesOutputWeight() {
        int hidden = 256;
        int w2 = 785 * hidden;
        for (int i = 0; i < 20; i++) {
            float[] x = pixels(i);
            HiddenUnits units = HiddenUnits.of(FashionModels.spec(parameters), parameters, x, 0, 1, Ranking.FIRST, 8);
            for (int j = 0; j < hidden; j++) {
                double z = parameters[784 * hidden + j];
                for (int p = 0; p < 784; p++) {
                    z += (double) x[p] * parameters[p * hidden + j];
                }
                assertEquals(Math.max(0, z), units.activation(j), 1e-4, "image " + i + ", unit " + j);
            }
            for (Unit u : units.top()) {
                assertEquals(parameters[w2 + u.index() * 10], u.firstWeight());
                assertEquals(parameters[w2 + u.index() * 10 + 1], u.secondWeight());
                assertEquals((double) units.activation(u.index()) * u.firstWeight(), u.firstContribution(), 1e-12);
            }
            assertEquals(parameters[w2 + hidden * 10], units.bias(0));
        }
    }

    @Test
    void unitsAreRankedByTheChosenContributionAndNoUnitLeftOutContributesMore() {
        for (int i = 0; i < 50; i++) {
            float[] pixels = pixels(i);
            int predicted = evaluation.prediction(i);
            int truth = real.test().label(i);
            for (Ranking ranking : Ranking.values()) {
                HiddenUnits units = HiddenUnits.of(FashionModels.spec(parameters), parameters, pixels, predicted, truth, ranking, 8);
                List<Unit> top = units.top();
                for (int r = 1; r < top.size(); r++) {
                    assertTrue(value(top.get(r - 1), ranking) >= value(top.get(r), ranking), ranking + " order");
                }
                double smallestShown = value(top.get(top.size() - 1), ranking);
                HiddenUnits all = HiddenUnits.of(FashionModels.spec(parameters), parameters, pixels, predicted, truth, ranking, 256);
                for (Unit u : all.top().subList(8, 256)) {
                    assertTrue(value(u, ranking) <= smallestShown, "unit " + u.index() + " left out");
                }
            }
        }
    }

    private static double value(Unit u, Ranking ranking) {
        return switch (ranking) {
            case FIRST -> u.firstContribution();
            case SECOND -> u.secondContribution();
            case DIFFERENCE -> u.firstContribution() - u.secondContribution();
        };
    }

    @Test
    void aSmallHiddenLayerShowsAllItsUnitsAndNothingIsLeftOver() {
        float[] small = Model.initialized(ModelSpec.mlp(5), 0.1, 7).parametersCopy();
        HiddenUnits units = HiddenUnits.of(FashionModels.spec(small), small, pixels(0), 3, 4, Ranking.FIRST, 8);
        assertEquals(5, units.top().size());
        assertEquals(0, units.restCount());
        assertEquals(0.0, units.restSum(3));
        assertEquals(units.logit(3), units.topSum(3) + units.bias(3), 1e-5);
        assertEquals(units.logit(4), units.topSum(4) + units.bias(4), 1e-5);
    }

    @Test
    void eachFilterIsItsWeightsTabPicture() {
        HiddenUnits units = HiddenUnits.of(FashionModels.spec(parameters), parameters, pixels(0), 0, 1, Ranking.FIRST, 8);
        double scale = WeightImages.firstLayerScale(FashionModels.spec(parameters), parameters);
        assertEquals(scale, units.filterScale());
        int[][] weightsTab = WeightImages.render(FashionModels.spec(parameters), parameters);
        for (Unit u : units.top()) {
            // W₁ is [785, H] row-major: unit j's filter is column j, pixel p at p·H + j.
            int[] expected = new int[784];
            for (int p = 0; p < 784; p++) {
                expected[p] = WeightImages.color(parameters[p * 256 + u.index()], scale);
            }
            assertArrayEquals(expected, units.filter(u.index()), "unit " + u.index());
            assertArrayEquals(weightsTab[u.index()], units.filter(u.index()), "as the Weights tab draws it");
        }
        assertTrue(units.activeCount() > 0 && units.activeCount() < 256, "relu silences some: " + units.activeCount());
    }

    @Test
    void softmaxRegressionHasNoHiddenUnits() {
        assertFalse(HiddenUnits.appliesTo(FashionModels.spec(new float[7850])));
        assertFalse(HiddenUnits.appliesTo(null));
        assertTrue(HiddenUnits.appliesTo(ModelSpec.mlp(256)));
        assertThrows(IllegalArgumentException.class,
                () -> HiddenUnits.of(FashionModels.spec(new float[7850]), new float[7850], new float[784], 0, 1, Ranking.FIRST, 8));
        float[] mlp = new float[ModelSpec.mlp(4).parameterCount()];
        assertThrows(IllegalArgumentException.class, () -> HiddenUnits.of(FashionModels.spec(mlp), mlp, new float[784], 0, 1, Ranking.FIRST, 0));
        HiddenUnits units = HiddenUnits.of(FashionModels.spec(mlp), mlp, new float[784], 0, 1, Ranking.FIRST, 2);
        assertThrows(IllegalArgumentException.class, () -> units.topSum(5));
    }
}
