package org.softmaxlab.session;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.io.AtomicFiles;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.TrainConfig;

/**
 * Saves and opens trained models: a small, versioned binary file (31 KB for softmax regression, 0.8 MB
 * for d2l's MLP) that any SoftmaxLab can
 * identify, and that is refused with a clear message when it is foreign, newer, cut short or damaged.
 *
 * <h2>Layout, format version 3 (big-endian, as {@link DataOutputStream} writes)</h2>
 * <pre>
 * header, 20 bytes; its layout is the same in every format version, so that any version can tell
 * what a file is before it knows how to read the rest
 *    0   8  magic 89 53 4D 4C 0D 0A 1A 0A  ("\x89SML\r\n\x1A\n", after PNG: the high byte catches
 *           7-bit transfers, CR LF catches line-ending conversion, ^Z stops DOS's TYPE)
 *    8   4  format version
 *   12   4  body length in bytes
 *   16   4  CRC32 of bytes 0–15, so that a damaged version or length is reported as damage, not as
 *           "newer version" or "truncated"
 * body
 *   settings   epochs i32, learning rate f64, batch size i32, init σ f64, seed i64,
 *              loss formula id (u16 length + modified UTF-8, as DataOutputStream.writeUTF)
 *   model      kind id ("softmax" or "mlp", as writeUTF), hidden units i32 (0 for softmax)
 *   data set   image height i32, width i32, channels i32 (1 or 3); class count i32, then each class
 *              name (writeUTF), label 0 first: what the model was made for
 *   epochs     count i32, then per epoch: epoch i32, train loss, train accuracy, test loss,
 *              test accuracy, train ms, eval ms (f64 each)
 *   parameters count i32, then that many f32 in the layout of {@link ModelSpec}: for softmax
 *              regression the [(D + 1) × K] matrix row-major, bias row last (7,850 for Fashion-MNIST)
 * trailer
 *   CRC32 of the body, 4 bytes
 * </pre>
 *
 * <p>Format version 2 (SoftmaxLab before data sets) is the same without the data-set field, and
 * version 1 (before the MLP) also without the model field; both are Fashion-MNIST models (version 1
 * always softmax regression) and are still read.
 */
public final class ModelFile {

    /** The file name extension offered when saving, with its dot. */
    public static final String EXTENSION = ".smlab";

    /** The format version this SoftmaxLab writes and the newest it reads. */
    public static final int FORMAT_VERSION = 3;

    static final byte[] MAGIC = {(byte) 0x89, 'S', 'M', 'L', '\r', '\n', 0x1A, '\n'};
    static final int VERSION_OFFSET = 8;
    static final int BODY_LENGTH_OFFSET = 12;
    static final int HEADER_CHECKSUM_OFFSET = 16;
    static final int HEADER_BYTES = 20;
    static final int CHECKSUM_BYTES = 4;
    /**
     * Far above any real model (0.8 MB of parameters for d2l's MLP, 52 bytes per epoch; the widest MLP,
     * {@value org.softmaxlab.train.ModelSpec#MAX_HIDDEN} hidden units, is 13 MB), so a wrongly chosen video
     * or disk image is refused without reading all of it into memory.
     */
    static final int MAX_FILE_BYTES = 64 << 20;

    private ModelFile() {
    }

    /**
     * Saves {@code model} to {@code file}, replacing it atomically: a failed save leaves any previous
     * file as it was and no temporary file behind.
     */
    public static void write(Path file, SavedModel model) throws IOException {
        write(file, model, UnaryOperator.identity());
    }

    /** As {@link #write(Path, SavedModel)}, the stream passed through {@code filter}: tests make it fail midway. */
    static void write(Path file, SavedModel model, UnaryOperator<OutputStream> filter) throws IOException {
        Objects.requireNonNull(model, "model");
        byte[] bytes = encode(model.config(), model.epochs(), model.parameters(), model.dataset());
        AtomicFiles.write(file, out -> filter.apply(out).write(bytes));
    }

    /**
     * Opens a model file, checking everything before returning. Reading changes nothing, on disk or in
     * memory, whether it succeeds or fails.
     *
     * @throws ModelFileException with a message naming the file, the problem and what to do
     */
    public static SavedModel read(Path file) throws ModelFileException {
        String name = String.valueOf(file.getFileName());
        return ModelFileDecoder.decode(readAtMost(file, name, MAX_FILE_BYTES + 1), name);
    }

    private static byte[] readAtMost(Path file, String name, int limit) throws ModelFileException {
        checkIsFile(file, name);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw unreadable(file, name, e);
        }
    }

    /**
     * Refuses a folder, and what only looks like a file (a named pipe, a device such as /dev/zero),
     * whose reading could block or never end; a missing file is left to the reading, which names it.
     */
    static void checkIsFile(Path file, String name) throws ModelFileException {
        if (Files.isDirectory(file)) {
            throw new ModelFileException(ModelFileException.Problem.FOLDER, name);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ModelFileException(ModelFileException.Problem.NOT_A_FILE, name);
        }
    }

    /** Why {@code file} could not be read at all, as a model file's problem. */
    static ModelFileException unreadable(Path file, String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ModelFileException(ModelFileException.Problem.NO_SUCH_FILE, name, e, file.toAbsolutePath());
        }
        if (e instanceof AccessDeniedException) {
            return new ModelFileException(ModelFileException.Problem.ACCESS_DENIED, name, e);
        }
        return new ModelFileException(ModelFileException.Problem.READ_FAILED, name, e, e.getMessage());
    }

    /**
     * The bytes of a model file. Checks nothing, so that tests can build files that are well formed but
     * hold what {@link SavedModel} refuses (a wrong parameter count, NaN).
     */
    static byte[] encode(TrainConfig config, List<EpochMetrics> epochs, float[] parameters) {
        return encode(config, epochs, parameters, DatasetSignature.FASHION_MNIST);
    }

    /** The bytes of a model file for a model of {@code dataset}; checks nothing (see above). */
    static byte[] encode(TrainConfig config, List<EpochMetrics> epochs, float[] parameters, DatasetSignature dataset) {
        byte[] body = encodeBody(config, epochs, parameters, dataset);
        ByteBuffer file = ByteBuffer.allocate(HEADER_BYTES + body.length + CHECKSUM_BYTES);
        file.put(MAGIC).putInt(FORMAT_VERSION).putInt(body.length);
        file.putInt(crc32(file.array(), 0, HEADER_CHECKSUM_OFFSET));
        file.put(body).putInt(crc32(body, 0, body.length));
        return file.array();
    }

    private static byte[] encodeBody(TrainConfig config, List<EpochMetrics> epochs, float[] parameters,
                                     DatasetSignature dataset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + epochs.size() * 52 + parameters.length * 4);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(config.epochs());
            out.writeDouble(config.learningRate());
            out.writeInt(config.batchSize());
            out.writeDouble(config.initStd());
            out.writeLong(config.seed());
            out.writeUTF(config.lossFormula().id());
            out.writeUTF(config.model().kind().id());
            out.writeInt(config.model().hidden());
            out.writeInt(dataset.shape().height());
            out.writeInt(dataset.shape().width());
            out.writeInt(dataset.shape().channels());
            out.writeInt(dataset.classCount());
            for (String name : dataset.classNames()) {
                out.writeUTF(name);
            }
            out.writeInt(epochs.size());
            for (EpochMetrics m : epochs) {
                out.writeInt(m.epoch());
                out.writeDouble(m.trainLoss());
                out.writeDouble(m.trainAccuracy());
                out.writeDouble(m.testLoss());
                out.writeDouble(m.testAccuracy());
                out.writeDouble(m.trainMillis());
                out.writeDouble(m.evalMillis());
            }
            out.writeInt(parameters.length);
            for (float p : parameters) {
                // The raw bits (writeFloat would canonicalise NaNs): what is read back is bit-identical.
                out.writeInt(Float.floatToRawIntBits(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The CRC32 of {@code length} bytes from {@code offset}, as the int stored in the file. */
    static int crc32(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
