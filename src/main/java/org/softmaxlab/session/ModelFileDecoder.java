package org.softmaxlab.session;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.session.ModelFileException.Problem;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;

/**
 * Checks the bytes of a model file from the outside in: what kind of file, which version, complete,
 * undamaged, then the content. Each check comes before anything that would trust what it guards.
 */
final class ModelFileDecoder {

    private static final int EPOCH_BYTES = 4 + 6 * 8;

    private final byte[] bytes;
    private final String name;

    private ModelFileDecoder(byte[] bytes, String name) {
        this.bytes = bytes;
        this.name = name;
    }

    /** The model in {@code bytes}, the content of the file called {@code name}. */
    static SavedModel decode(byte[] bytes, String name) throws ModelFileException {
        return new ModelFileDecoder(bytes, name).decode();
    }

    private SavedModel decode() throws ModelFileException {
        checkKind();
        checkHeader();
        int bodyLength = checkLength();
        if (ModelFile.crc32(bytes, ModelFile.HEADER_BYTES, bodyLength) != intAt(ModelFile.HEADER_BYTES + bodyLength)) {
            throw fail(Problem.BODY_CHECKSUM);
        }
        try {
            return readBody(intAt(ModelFile.VERSION_OFFSET), new DataInputStream(new ByteArrayInputStream(bytes, ModelFile.HEADER_BYTES, bodyLength)));
        } catch (EOFException e) {
            throw fail(Problem.ENDS_EARLY);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    /** Empty, foreign or oversized files, told apart by the magic bytes. */
    private void checkKind() throws ModelFileException {
        if (bytes.length == 0) {
            throw fail(Problem.EMPTY);
        }
        int prefix = Math.min(bytes.length, ModelFile.MAGIC.length);
        if (!Arrays.equals(bytes, 0, prefix, ModelFile.MAGIC, 0, prefix)) {
            throw fail(Problem.FOREIGN);
        }
        if (bytes.length > ModelFile.MAX_FILE_BYTES) {
            throw fail(Problem.TOO_LARGE, ModelFile.MAX_FILE_BYTES);
        }
    }

    /** A complete, undamaged header of a version this app reads. */
    private void checkHeader() throws ModelFileException {
        if (bytes.length < ModelFile.HEADER_BYTES) {
            throw fail(Problem.TRUNCATED_HEADER, ModelFile.HEADER_BYTES, bytes.length);
        }
        if (ModelFile.crc32(bytes, 0, ModelFile.HEADER_CHECKSUM_OFFSET) != intAt(ModelFile.HEADER_CHECKSUM_OFFSET)) {
            throw fail(Problem.HEADER_CHECKSUM);
        }
        int version = intAt(ModelFile.VERSION_OFFSET);
        if (version > ModelFile.FORMAT_VERSION) {
            throw fail(Problem.NEWER_FORMAT, version, ModelFile.FORMAT_VERSION);
        }
        if (version < 1) {
            throw fail(Problem.UNKNOWN_FORMAT, version);
        }
    }

    /** The body length, once the file is known to be exactly as long as its header says. */
    private int checkLength() throws ModelFileException {
        long bodyLength = Integer.toUnsignedLong(intAt(ModelFile.BODY_LENGTH_OFFSET));
        long expected = ModelFile.HEADER_BYTES + bodyLength + ModelFile.CHECKSUM_BYTES;
        if (bytes.length < expected) {
            throw fail(Problem.TRUNCATED_BODY, expected, bytes.length);
        }
        if (bytes.length > expected) {
            throw fail(Problem.TRAILING_BYTES, bytes.length - expected, expected, bytes.length);
        }
        return (int) bodyLength;
    }

    private SavedModel readBody(int version, DataInputStream in) throws IOException, ModelFileException {
        TrainConfig config = readConfig(version, in);
        DatasetSignature dataset = version < 3 ? DatasetSignature.FASHION_MNIST : readDataset(in);
        List<EpochMetrics> epochs = readEpochs(in);
        float[] parameters = readParameters(in, config.model().sizedFor(dataset), dataset);
        if (in.available() > 0) {
            throw fail(Problem.EXTRA_BYTES, in.available());
        }
        return new SavedModel(config, epochs, parameters, dataset);
    }

    /** The data-set field of format 3 on: image shape, then the class names. */
    private DatasetSignature readDataset(DataInputStream in) throws IOException, ModelFileException {
        int height = in.readInt();
        int width = in.readInt();
        int channels = in.readInt();
        int classes = in.readInt();
        if (classes < 0 || classes > Dataset.MAX_CLASSES || 2L * classes > in.available()) {
            throw fail(Problem.INVALID_DATASET, "it declares " + classes + " classes");
        }
        List<String> names = new ArrayList<>(classes);
        for (int i = 0; i < classes; i++) {
            names.add(in.readUTF());
        }
        try {
            return DatasetSignature.checked(names, new ImageShape(height, width, channels));
        } catch (IllegalArgumentException e) {
            throw fail(Problem.INVALID_DATASET, e.getMessage());
        }
    }

    private TrainConfig readConfig(int version, DataInputStream in) throws IOException, ModelFileException {
        int epochs = in.readInt();
        double learningRate = in.readDouble();
        int batchSize = in.readInt();
        double initStd = in.readDouble();
        long seed = in.readLong();
        String lossId = in.readUTF();
        LossFormula loss;
        try {
            loss = LossFormula.fromId(lossId);
        } catch (IllegalArgumentException e) {
            throw fail(Problem.UNKNOWN_LOSS, lossId);
        }
        ModelSpec model = version == 1 ? ModelSpec.SOFTMAX : readModel(in);
        TrainConfig config = new TrainConfig(epochs, learningRate, batchSize, initStd, seed, loss, model);
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw fail(Problem.INVALID_SETTINGS, String.join("; ", problems));
        }
        return config;
    }

    /** The model field of format 2 on; format 1 files are all softmax regression. */
    private ModelSpec readModel(DataInputStream in) throws IOException, ModelFileException {
        String kindId = in.readUTF();
        int hidden = in.readInt();
        try {
            // Sized for Fashion-MNIST here; the data-set field that follows (format 3) resizes it.
            return new ModelSpec(ModelSpec.Kind.fromId(kindId), hidden, ModelSpec.SOFTMAX.inputs(),
                    ModelSpec.SOFTMAX.classes());
        } catch (IllegalArgumentException e) {
            throw fail(Problem.UNKNOWN_MODEL, kindId);
        }
    }

    private List<EpochMetrics> readEpochs(DataInputStream in) throws IOException, ModelFileException {
        int count = in.readInt();
        if (count < 0 || (long) count * EPOCH_BYTES > in.available()) {
            throw fail(Problem.NO_ROOM_FOR_EPOCHS, count);
        }
        List<EpochMetrics> epochs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            epochs.add(new EpochMetrics(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readDouble(), in.readDouble(), in.readDouble()));
        }
        return epochs;
    }

    private float[] readParameters(DataInputStream in, ModelSpec model, DatasetSignature dataset)
            throws IOException, ModelFileException {
        ParameterProblem countProblem = ParameterProblem.ofCount(in.readInt(), model, dataset);
        if (countProblem != null) {
            throw fail(Problem.WRONG_PARAMETER_COUNT, countProblem);
        }
        float[] parameters = new float[model.parameterCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = Float.intBitsToFloat(in.readInt());
        }
        ParameterProblem nonFinite = ParameterProblem.ofValues(parameters, model, dataset);
        if (nonFinite != null) {
            throw fail(Problem.NON_FINITE_PARAMETERS, nonFinite);
        }
        return parameters;
    }

    private int intAt(int offset) {
        return ByteBuffer.wrap(bytes).getInt(offset);
    }

    private ModelFileException fail(Problem problem, Object... arguments) {
        return new ModelFileException(problem, name, arguments);
    }
}
