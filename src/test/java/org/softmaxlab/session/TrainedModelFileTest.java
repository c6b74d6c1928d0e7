package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.train.SoftmaxRegression;

/** The file holds what the trainer's model holds: saved and rebuilt, a model has the same parameters. */
@Tag("locale")
class TrainedModelFileTest {

    @TempDir
    Path dir;

    @Test
    void aSoftmaxRegressionSurvivesSaveAndOpenBitForBit() throws Exception {
        SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 42L);
        float[] before = model.parametersCopy();
        Path file = dir.resolve("model.smlab");

        ModelFile.write(file, new SavedModel(ModelFixtures.CONFIG, List.of(), before));
        float[] after = SoftmaxRegression.of(ModelFile.read(file).parameters()).parametersCopy();

        assertEquals(SavedModel.PARAMETER_COUNT, before.length);
        assertArrayEquals(bits(before), bits(after));
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }
}
