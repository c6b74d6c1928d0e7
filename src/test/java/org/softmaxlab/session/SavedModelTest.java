package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.ModelSpec;

@Tag("locale")
class SavedModelTest {

    @Test
    void aDivergedModelCannotBeSavedAndTheMessageSaysWhy() {
        float[] parameters = ModelFixtures.parameters();
        parameters[(3 * 28 + 17) * 10 + 2] = Float.NaN;

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SavedModel(ModelFixtures.CONFIG, ModelFixtures.EPOCHS, parameters));

        assertEquals("This model cannot be saved: 1 of its 7,850 parameters is not a finite number (NaN or ±∞), "
                + "the first being the weight of pixel (row 3, column 17) for class 2 (Pullover). Training "
                + "diverged; train again with a smaller learning rate, then save.", e.getMessage());
        ParameterProblem problem = SavedModel.whyNotSavable(ModelSpec.SOFTMAX, parameters).orElseThrow();
        assertEquals(e.getMessage(), SavedModel.refusal(problem));
        // What the window needs to say it in its language: the count, and which parameter, by pixel and class.
        assertEquals(new ParameterProblem(ParameterProblem.Kind.NON_FINITE_WEIGHT, 1, (3 * 28 + 17) * 10 + 2),
                problem);
        assertEquals(List.of(1, 7850, 3, 17, 2), List.of(problem.arguments()));
        assertEquals(2, problem.classIndex());
    }

    @Test
    void infinityIsRefusedLikeNaN() {
        float[] parameters = ModelFixtures.parameters();
        parameters[0] = Float.NEGATIVE_INFINITY;

        assertTrue(SavedModel.whyNotSavable(ModelSpec.SOFTMAX, parameters).isPresent());
        float[] bias = ModelFixtures.parameters();
        bias[784 * 10 + 7] = Float.POSITIVE_INFINITY;
        assertEquals(new ParameterProblem(ParameterProblem.Kind.NON_FINITE_BIAS, 1, 7847),
                SavedModel.whyNotSavable(ModelSpec.SOFTMAX, bias).orElseThrow());
        assertEquals("1 of its 7,850 parameters is not a finite number (NaN or ±∞), the first being the bias of "
                + "class 7 (Sneaker)", SavedModel.whyNotSavable(ModelSpec.SOFTMAX, bias).orElseThrow().toString());
        assertTrue(SavedModel.whyNotSavable(ModelSpec.SOFTMAX, ModelFixtures.parameters()).isEmpty());
    }

    @Test
    void onlyTheParametersOfA785By10ModelCanBeSaved() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SavedModel(ModelFixtures.CONFIG, List.of(), new float[7840]));

        assertTrue(e.getMessage().contains("it holds 7,840 parameters, but a SoftmaxLab model has 7,850"),
                e.getMessage());
    }

    @Test
    void invalidSettingsCannotBeSaved() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SavedModel(ModelFixtures.CONFIG.withBatchSize(0), List.of(), ModelFixtures.parameters()));

        assertTrue(e.getMessage().contains("batch size"), e.getMessage());
    }

    @Test
    void parametersAndEpochsAreCopiedInAndOut() {
        float[] parameters = ModelFixtures.parameters();
        List<EpochMetrics> epochs = new ArrayList<>(ModelFixtures.EPOCHS);
        SavedModel model = new SavedModel(ModelFixtures.CONFIG, epochs, parameters);

        parameters[10] = 99f;
        epochs.clear();
        model.parameters()[11] = 99f;

        assertEquals(ModelFixtures.model(), model);
        assertEquals(3, model.epochs().size());
        assertNotEquals(new SavedModel(ModelFixtures.CONFIG, ModelFixtures.EPOCHS, parameters), model);
        assertEquals("SavedModel[config=" + ModelFixtures.CONFIG + ", epochs=3, parameters=7850, dataset=10 classes of "
                + "28×28 grayscale]", model.toString());
    }
}
