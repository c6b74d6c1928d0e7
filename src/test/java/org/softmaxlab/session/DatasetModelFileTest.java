package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;

/** .smlab files record the data set a model was made for (format 3); older files are Fashion-MNIST's. */
class DatasetModelFileTest {

    private static final DatasetSignature COLOUR =
            new DatasetSignature(List.of("猫", "Ωμέγα", "собака"), new ImageShape(6, 5, 3));

    @TempDir
    Path dir;

    private static float[] parameters(int count) {
        float[] p = new float[count];
        for (int i = 0; i < count; i++) {
            p[i] = i * 0.001f;
        }
        return p;
    }

    @Test
    void aModelOfAnotherDataSetRoundTripsWithItsClassNamesAndShape() throws Exception {
        TrainConfig config = TrainConfig.DEFAULTS.withModel(ModelSpec.mlp(4));
        ModelSpec sized = config.model().sizedFor(COLOUR);
        SavedModel model = new SavedModel(config, ModelFixtures.EPOCHS, parameters(sized.parameterCount()), COLOUR);
        Path file = dir.resolve("colour.smlab");
        ModelFile.write(file, model);

        SavedModel read = ModelFile.read(file);
        assertEquals(COLOUR, read.dataset());
        assertEquals(ModelSpec.of(ModelSpec.Kind.MLP, 4, 90, 3), read.model());
        assertArrayEquals(model.parameters(), read.parameters());
        assertEquals(model, read);
    }

    @Test
    void parametersForAnotherDataSetAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SavedModel(TrainConfig.DEFAULTS, List.of(), parameters(7850), COLOUR));
        assertEquals("This model cannot be saved: it holds 7,850 parameters, but a SoftmaxLab model has 273 (a weight "
                + "for each of the 90 pixels and a bias, for each of the 3 classes).", e.getMessage());
    }

    @Test
    void aFormatTwoFileIsAFashionMnistModel() throws Exception {
        byte[] three = ModelFixtures.bytes();
        int from = ModelFixtures.datasetOffset();
        int to = ModelFixtures.epochsOffset();
        byte[] two = new byte[three.length - (to - from)];
        System.arraycopy(three, 0, two, 0, from);
        System.arraycopy(three, to, two, from, three.length - to);
        ByteBuffer.wrap(two).putInt(ModelFile.VERSION_OFFSET, 2).putInt(ModelFile.BODY_LENGTH_OFFSET,
                two.length - ModelFile.HEADER_BYTES - ModelFile.CHECKSUM_BYTES);
        Path file = dir.resolve("old.smlab");
        Files.write(file, ModelFixtures.withValidChecksums(two));

        SavedModel read = ModelFile.read(file);
        assertEquals(DatasetSignature.FASHION_MNIST, read.dataset());
        assertEquals(ModelFixtures.model(), read);
    }

    @Test
    void aBrokenDataSetFieldIsReportedAsSuch() throws Exception {
        byte[] bytes = ModelFixtures.bytes();
        // The class count: 1 class is no data set.
        ByteBuffer.wrap(bytes).putInt(ModelFixtures.datasetOffset() + 12, 1);
        Path file = dir.resolve("broken.smlab");
        Files.write(file, ModelFixtures.withValidChecksums(bytes));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(file));
        assertEquals(ModelFileException.Problem.INVALID_DATASET, e.problem());
    }
}
