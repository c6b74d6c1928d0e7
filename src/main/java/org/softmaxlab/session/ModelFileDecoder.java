package org.softmaxlab.session;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.session.ModelFileException.Reason;
import org.softmaxlab.train.EpochMetrics;
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
            throw fail(Reason.DAMAGED, "the file is damaged: its content does not match its checksum, so bytes "
                    + "changed after it was saved. Use another copy, or train and save the model again.");
        }
        try {
            return readBody(new DataInputStream(new ByteArrayInputStream(bytes, ModelFile.HEADER_BYTES, bodyLength)));
        } catch (EOFException e) {
            throw fail(Reason.INVALID_CONTENT, "its content ends too early, although its checksum is right. "
                    + "It was not written by SoftmaxLab.");
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    /** Empty, foreign or oversized files, told apart by the magic bytes. */
    private void checkKind() throws ModelFileException {
        if (bytes.length == 0) {
            throw fail(Reason.NOT_A_MODEL_FILE, "the file is empty (0 bytes). Choose a model saved by SoftmaxLab (*"
                    + ModelFile.EXTENSION + ").");
        }
        int prefix = Math.min(bytes.length, ModelFile.MAGIC.length);
        if (!Arrays.equals(bytes, 0, prefix, ModelFile.MAGIC, 0, prefix)) {
            throw fail(Reason.NOT_A_MODEL_FILE, "it is not a SoftmaxLab model file. Choose a model saved by "
                    + "SoftmaxLab (*" + ModelFile.EXTENSION + ").");
        }
        if (bytes.length > ModelFile.MAX_FILE_BYTES) {
            throw fail(Reason.DAMAGED, String.format(Locale.ROOT, "it is larger than any model file (over %,d "
                    + "bytes), although it starts like one. Use another copy.", ModelFile.MAX_FILE_BYTES));
        }
    }

    /** A complete, undamaged header of a version this app reads. */
    private void checkHeader() throws ModelFileException {
        if (bytes.length < ModelFile.HEADER_BYTES) {
            throw truncated(ModelFile.HEADER_BYTES, "at least ");
        }
        if (ModelFile.crc32(bytes, 0, ModelFile.HEADER_CHECKSUM_OFFSET) != intAt(ModelFile.HEADER_CHECKSUM_OFFSET)) {
            throw fail(Reason.DAMAGED, "the file is damaged: its header does not match its checksum. Use another "
                    + "copy, or train and save the model again.");
        }
        int version = intAt(ModelFile.VERSION_OFFSET);
        if (version > ModelFile.FORMAT_VERSION) {
            throw fail(Reason.NEWER_VERSION, "it was saved by a newer SoftmaxLab (model format " + version
                    + "; this version reads format " + ModelFile.FORMAT_VERSION + " and older). Update "
                    + "SoftmaxLab to open it.");
        }
        if (version < 1) {
            throw fail(Reason.INVALID_CONTENT, "it declares model format " + version + ", which no SoftmaxLab "
                    + "writes.");
        }
    }

    /** The body length, once the file is known to be exactly as long as its header says. */
    private int checkLength() throws ModelFileException {
        long bodyLength = Integer.toUnsignedLong(intAt(ModelFile.BODY_LENGTH_OFFSET));
        long expected = ModelFile.HEADER_BYTES + bodyLength + ModelFile.CHECKSUM_BYTES;
        if (bytes.length < expected) {
            throw truncated(expected, "");
        }
        if (bytes.length > expected) {
            throw fail(Reason.DAMAGED, String.format(Locale.ROOT, "the file is damaged: it has %,d unexpected "
                    + "bytes after its end (%,d bytes expected, %,d found). Use another copy.",
                    bytes.length - expected, expected, bytes.length));
        }
        return (int) bodyLength;
    }

    private SavedModel readBody(DataInputStream in) throws IOException, ModelFileException {
        TrainConfig config = readConfig(in);
        List<EpochMetrics> epochs = readEpochs(in);
        float[] parameters = readParameters(in);
        if (in.available() > 0) {
            throw fail(Reason.INVALID_CONTENT, String.format(Locale.ROOT, "it has %,d unexpected bytes after "
                    + "its parameters. It was not written by this version of SoftmaxLab.", in.available()));
        }
        return new SavedModel(config, epochs, parameters);
    }

    private TrainConfig readConfig(DataInputStream in) throws IOException, ModelFileException {
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
            throw fail(Reason.INVALID_CONTENT, "it names a loss formula '" + lossId + "' that this SoftmaxLab "
                    + "does not know. Update SoftmaxLab to open it.");
        }
        TrainConfig config = new TrainConfig(epochs, learningRate, batchSize, initStd, seed, loss);
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw fail(Reason.INVALID_CONTENT, "the training settings stored in it are invalid ("
                    + String.join("; ", problems) + ").");
        }
        return config;
    }

    private List<EpochMetrics> readEpochs(DataInputStream in) throws IOException, ModelFileException {
        int count = in.readInt();
        if (count < 0 || (long) count * EPOCH_BYTES > in.available()) {
            throw fail(Reason.INVALID_CONTENT, "it declares " + count + " epochs of metrics but has no room for "
                    + "them. It was not written by SoftmaxLab.");
        }
        List<EpochMetrics> epochs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            epochs.add(new EpochMetrics(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readDouble(), in.readDouble(), in.readDouble()));
        }
        return epochs;
    }

    private float[] readParameters(DataInputStream in) throws IOException, ModelFileException {
        String countProblem = ParameterCheck.countProblem(in.readInt());
        if (countProblem != null) {
            throw fail(Reason.WRONG_PARAMETER_COUNT, countProblem + ". It is not a Fashion-MNIST softmax "
                    + "regression model.");
        }
        float[] parameters = new float[ParameterCheck.COUNT];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = Float.intBitsToFloat(in.readInt());
        }
        String nonFinite = ParameterCheck.nonFiniteProblem(parameters);
        if (nonFinite != null) {
            throw fail(Reason.NON_FINITE_PARAMETERS, nonFinite + ": the model had diverged when it was saved "
                    + "and cannot classify anything. Train it again with a smaller learning rate.");
        }
        return parameters;
    }

    private ModelFileException truncated(long expected, String atLeast) {
        return fail(Reason.TRUNCATED, String.format(Locale.ROOT, "the file is cut short: expected %s%,d bytes, "
                + "found %,d. It was probably copied or downloaded incompletely; copy it again from the original.",
                atLeast, expected, bytes.length));
    }

    private int intAt(int offset) {
        return ByteBuffer.wrap(bytes).getInt(offset);
    }

    private ModelFileException fail(Reason reason, String problem) {
        return new ModelFileException(reason, "Cannot open '" + name + "': " + problem);
    }
}
