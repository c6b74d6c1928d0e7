package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.io.NpyArray;
import org.softmaxlab.io.Npz;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;

/** .npz files record the class names and input shape of another data set in two extra arrays. */
class NpzDatasetTest {

    @TempDir
    Path dir;

    @Test
    void anotherDataSetsClassNamesAndShapeRoundTripBesideTheStateDict() throws Exception {
        DatasetSignature colour = new DatasetSignature(List.of("猫", "Ωμέγα", "собака"), new ImageShape(6, 5, 3));
        ModelSpec model = ModelSpec.SOFTMAX.sizedFor(colour);
        float[] parameters = new float[model.parameterCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = i * 0.01f;
        }
        Path file = dir.resolve("colour.npz");
        NpzModelFile.write(file, new SavedModel(TrainConfig.DEFAULTS, List.of(), parameters, colour));

        Map<String, NpyArray> arrays = Npz.read(file, 1 << 20, 64);
        assertEquals(List.of("1.weight", "1.bias", NpzModelFile.CLASS_NAMES_KEY, NpzModelFile.INPUT_SHAPE_KEY),
                List.copyOf(arrays.keySet()));
        assertArrayEquals(new int[] {3, 90}, arrays.get("1.weight").shape(), "PyTorch's [out, in]");
        assertArrayEquals(new float[] {3, 6, 5}, arrays.get(NpzModelFile.INPUT_SHAPE_KEY).values());

        SavedModel read = NpzModelFile.read(file);
        assertEquals(colour, read.dataset());
        assertEquals(model, read.model());
        assertArrayEquals(parameters, read.parameters());
    }

    @Test
    void aFashionMnistFileIsExactlyTheBooksStateDict() throws Exception {
        Path file = dir.resolve("fashion.npz");
        NpzModelFile.write(file, new SavedModel(TrainConfig.DEFAULTS, List.of(), new float[7850]));
        Map<String, NpyArray> arrays = Npz.read(file, 1 << 20, 64);
        assertEquals(List.of("1.weight", "1.bias"), List.copyOf(arrays.keySet()));
        assertFalse(arrays.containsKey(NpzModelFile.CLASS_NAMES_KEY));
        assertTrue(NpzModelFile.read(file).dataset().equals(DatasetSignature.FASHION_MNIST));
    }
}
