package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.testing.SyntheticData;

/** Models take their input and output sizes from the data set: softmax regression and the MLP, gray and colour. */
@Timeout(120)
class OtherDatasetsTest {

    @BeforeAll
    static void threads() {
        Nd4jRuntime.configureThreads(1);
    }

    private static RunOutcome train(Dataset data, ModelSpec architecture) {
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(3).withModel(architecture);
        return new Trainer(TrainingData.of(data)).run(config, TrainingListener.NONE, new TrainingControl());
    }

    @Test
    void softmaxRegressionIsSizedForThreeColourClasses() {
        Dataset colour = SyntheticData.bands(new ImageShape(6, 5, 3), 3, 600, 150, 7);
        RunOutcome outcome = train(colour, ModelSpec.SOFTMAX);
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status());
        assertEquals(ModelSpec.of(ModelSpec.Kind.SOFTMAX, 0, 90, 3), outcome.model().spec());
        assertEquals(91 * 3, outcome.model().parametersCopy().length);
        double accuracy = outcome.epochs().get(outcome.epochs().size() - 1).testAccuracy();
        assertTrue(accuracy > 0.9, "the bands are linearly separable; accuracy was " + accuracy);
    }

    @Test
    void theMlpIsSizedForTwelveGrayClassesOfAnotherSize() {
        Dataset gray = SyntheticData.bands(new ImageShape(24, 10, 1), 12, 1200, 240, 3);
        RunOutcome outcome = train(gray, ModelSpec.mlp(16));
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status());
        assertEquals(ModelSpec.of(ModelSpec.Kind.MLP, 16, 240, 12), outcome.model().spec());
        assertEquals(241 * 16 + 17 * 12, outcome.model().parametersCopy().length);
        Evaluation evaluation = new Trainer(TrainingData.of(gray)).evaluateTest(outcome.model());
        assertEquals(12, evaluation.classCount());
        assertEquals(12, evaluation.confusion().length);
        assertTrue(evaluation.accuracy() > 1.0 / 12, "better than chance; was " + evaluation.accuracy());
    }

    @Test
    void aModelForAnotherDataSetIsNotTrainedFurther() {
        Dataset three = SyntheticData.bands(new ImageShape(6, 5, 3), 3, 60, 30, 7);
        Model fashionModel = Model.initialized(ModelSpec.SOFTMAX, 0.01, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(TrainingData.of(three)).run(TrainConfig.DEFAULTS, fashionModel, TrainingListener.NONE,
                        new TrainingControl()));
        assertEquals("the model takes 784 inputs and gives 10 classes, but bands has 90 values per image and 3 classes; "
                + "start a fresh model for this data set", e.getMessage());
    }

    @Test
    void aParameterCountAndTheDataSetsSizesNameTheModel() {
        assertEquals(ModelSpec.of(ModelSpec.Kind.SOFTMAX, 0, 90, 3), ModelSpec.forParameterCount(273, 90, 3).orElseThrow());
        assertEquals(ModelSpec.of(ModelSpec.Kind.MLP, 16, 240, 12),
                ModelSpec.forParameterCount(241 * 16 + 17 * 12, 240, 12).orElseThrow());
        assertTrue(ModelSpec.forParameterCount(7850, 90, 3).isEmpty());
        assertEquals(ModelSpec.SOFTMAX, ModelSpec.forParameterCount(7850, 784, 10).orElseThrow());
    }
}
