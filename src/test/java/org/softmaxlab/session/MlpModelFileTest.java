package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.session.ModelFileException.Reason;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;

/** Format 2 holds the MLP too, and format 1 files, written before it, still open. */
@Tag("locale")
class MlpModelFileTest {

    static final ModelSpec MLP = ModelSpec.mlp(7);
    static final TrainConfig MLP_CONFIG = ModelFixtures.CONFIG.withModel(MLP);

    @TempDir
    Path dir;

    static float[] mlpParameters() {
        Random random = new Random(5);
        float[] p = new float[MLP.parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (random.nextGaussian() * 0.01);
        }
        p[0] = -0.0f;
        p[1] = Float.MIN_VALUE;
        return p;
    }

    /**
     * {@code model-format-1.smlab} was written by {@code ModelFile.write} as of commit c867fd8 (format 1):
     * new TrainConfig(3, 0.05, 64, 0.02, -7, NAIVE), two epochs of metrics, parameters p[i] = (float)
     * Math.sin(i) / 100.
     */
    @Test
    void aFormatOneFileFromBeforeTheMlpOpensAsSoftmaxRegression() throws Exception {
        Path file = dir.resolve("old.smlab");
        try (InputStream in = MlpModelFileTest.class.getResourceAsStream("model-format-1.smlab")) {
            Files.write(file, in.readAllBytes());
        }
        assertEquals(1, java.nio.ByteBuffer.wrap(Files.readAllBytes(file)).getInt(ModelFile.VERSION_OFFSET));

        SavedModel saved = ModelFile.read(file);

        assertEquals(new TrainConfig(3, 0.05, 64, 0.02, -7L, LossFormula.NAIVE, ModelSpec.SOFTMAX), saved.config());
        assertEquals(List.of(new EpochMetrics(1, 0.9, 0.7, 0.8, 0.75, 812.5, 40.25),
                new EpochMetrics(2, 0.6, 0.8, 0.65, 0.79, 790.0, 39.5)), saved.epochs());
        float[] expected = new float[7850];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (float) Math.sin(i) / 100;
        }
        assertArrayEquals(expected, saved.parameters());
    }

    @Test
    void anMlpSurvivesSaveAndOpenBitForBitWithItsShape() throws Exception {
        Path file = dir.resolve("mlp.smlab");
        SavedModel model = new SavedModel(MLP_CONFIG, ModelFixtures.EPOCHS, mlpParameters());

        ModelFile.write(file, model);
        SavedModel read = ModelFile.read(file);

        assertEquals(model, read);
        assertEquals(MLP, read.config().model());
        assertEquals(ModelFile.FORMAT_VERSION, java.nio.ByteBuffer.wrap(Files.readAllBytes(file))
                .getInt(ModelFile.VERSION_OFFSET));
    }

    @Test
    void softmaxParametersUnderMlpSettingsAreTheWrongCount() throws Exception {
        Path file = dir.resolve("mixed.smlab");
        Files.write(file, ModelFile.encode(MLP_CONFIG, List.of(), ModelFixtures.parameters()));

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(file));

        assertEquals(Reason.WRONG_PARAMETER_COUNT, e.reason());
        assertTrue(e.getMessage().contains("it holds 7,850 parameters, but an MLP with 7 hidden units has 5,575 "
                + "(weights and biases from 784 pixels to 7 hidden units to 10 classes)"), e.getMessage());
    }

    @Test
    void aNonFiniteMlpParameterIsNamedByLayerAndUnit() {
        float[] hiddenWeight = mlpParameters();
        hiddenWeight[(2 * 28 + 5) * 7 + 4] = Float.NaN;
        assertEquals("1 of its 5,575 parameters is not a finite number (NaN or ±∞), the first being the weight of "
                + "pixel (row 2, column 5) for hidden unit 4", SavedModel.whyNotSavable(MLP, hiddenWeight)
                .orElseThrow().toString());

        float[] hiddenBias = mlpParameters();
        hiddenBias[784 * 7 + 6] = Float.POSITIVE_INFINITY;
        assertEquals(ParameterProblem.Kind.NON_FINITE_HIDDEN_BIAS,
                SavedModel.whyNotSavable(MLP, hiddenBias).orElseThrow().kind());
        assertTrue(SavedModel.whyNotSavable(MLP, hiddenBias).orElseThrow().toString()
                .endsWith("the bias of hidden unit 6"));

        float[] outputWeight = mlpParameters();
        outputWeight[785 * 7 + 3 * 10 + 9] = Float.NaN;
        assertTrue(SavedModel.whyNotSavable(MLP, outputWeight).orElseThrow().toString()
                .endsWith("the weight of hidden unit 3 for class 9 (Ankle boot)"));

        float[] outputBias = mlpParameters();
        outputBias[outputBias.length - 2] = Float.NaN;
        ParameterProblem problem = SavedModel.whyNotSavable(MLP, outputBias).orElseThrow();
        assertEquals(8, problem.classIndex());
        assertTrue(problem.toString().endsWith("the bias of class 8 (Bag)"), problem.toString());
    }

    @Test
    void anUnknownModelKindIsRefusedByName() throws Exception {
        byte[] bytes = ModelFile.encode(MLP_CONFIG, List.of(), mlpParameters());
        int kindAt = ModelFixtures.modelOffset() + 2;
        bytes[kindAt] = 'c';
        bytes[kindAt + 1] = 'n';
        bytes[kindAt + 2] = 'n';
        Path file = dir.resolve("cnn.smlab");
        Files.write(file, ModelFixtures.withValidChecksums(bytes));

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(file));

        assertEquals(Reason.INVALID_CONTENT, e.reason());
        assertTrue(e.getMessage().contains("it names a model 'cnn' that this SoftmaxLab does not know"), e.getMessage());
    }
}
