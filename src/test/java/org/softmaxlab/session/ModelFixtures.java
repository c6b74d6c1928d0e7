package org.softmaxlab.session;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.TrainConfig;

/** Models and model-file bytes for the tests. */
final class ModelFixtures {

    /** Every setting away from its default, so a field read into the wrong place shows. */
    static final TrainConfig CONFIG = new TrainConfig(3, 0.05, 64, 0.02, -7L, LossFormula.NAIVE);

    static final List<EpochMetrics> EPOCHS = List.of(
            new EpochMetrics(1, 0.78, 0.74, 0.61, 0.79, 1234.5, 210.25),
            new EpochMetrics(2, 0.57, 0.81, 0.55, 0.81, 1180.0, 205.0),
            new EpochMetrics(3, 0.52, 0.83, 0.53, 0.82, 1175.75, 199.5));

    private ModelFixtures() {
    }

    /** Seeded random parameters, with the float values most easily lost on the way: −0, subnormals, extremes. */
    static float[] parameters() {
        Random random = new Random(11);
        float[] p = new float[SavedModel.PARAMETER_COUNT];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (random.nextGaussian() * 0.01);
        }
        p[0] = -0.0f;
        p[1] = Float.MIN_VALUE;
        p[2] = Float.MIN_NORMAL / 3;
        p[3] = Float.MAX_VALUE;
        p[4] = -Float.MAX_VALUE;
        p[p.length - 1] = 0.123456789f;
        return p;
    }

    static SavedModel model() {
        return new SavedModel(CONFIG, EPOCHS, parameters());
    }

    static byte[] bytes() {
        return ModelFile.encode(CONFIG, EPOCHS, parameters());
    }

    /** Where the body's sections start in {@link #bytes()}. */
    static int settingsOffset() {
        return ModelFile.HEADER_BYTES;
    }

    static int modelOffset() {
        // i32 + f64 + i32 + f64 + i64, then writeUTF's u16 length and the id's bytes.
        return settingsOffset() + 4 + 8 + 4 + 8 + 8 + 2 + CONFIG.lossFormula().id().length();
    }

    static int datasetOffset() {
        // The model kind's id as writeUTF writes it, then the hidden units as i32.
        return modelOffset() + 2 + CONFIG.model().kind().id().length() + 4;
    }

    static int epochsOffset() {
        // Height, width, channels, class count (i32 each), then each class name as writeUTF writes it.
        int names = 0;
        for (String name : org.softmaxlab.data.DatasetSignature.FASHION_MNIST.classNames()) {
            names += 2 + name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return datasetOffset() + 4 * 4 + names;
    }

    static int parametersOffset() {
        return epochsOffset() + 4 + EPOCHS.size() * (4 + 6 * 8);
    }

    /** Recomputes both checksums after a test changed bytes on purpose, so only its change is seen. */
    static byte[] withValidChecksums(byte[] bytes) {
        ByteBuffer file = ByteBuffer.wrap(bytes);
        file.putInt(ModelFile.HEADER_CHECKSUM_OFFSET, ModelFile.crc32(bytes, 0, ModelFile.HEADER_CHECKSUM_OFFSET));
        int bodyLength = file.getInt(ModelFile.BODY_LENGTH_OFFSET);
        file.putInt(ModelFile.HEADER_BYTES + bodyLength, ModelFile.crc32(bytes, ModelFile.HEADER_BYTES, bodyLength));
        return bytes;
    }
}
