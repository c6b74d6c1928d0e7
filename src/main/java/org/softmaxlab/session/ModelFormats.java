package org.softmaxlab.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The model file formats SoftmaxLab reads and writes, by file name extension: its own {@code .smlab},
 * NumPy's {@code .npz} of PyTorch's state_dict, and ONNX's {@code .onnx}. The command line and the window pick one by the
 * name of the file.
 */
public final class ModelFormats {

    /** SoftmaxLab's own versioned, checksummed format ({@link ModelFile}). */
    public static final ModelFormat SMLAB = format(ModelFile.EXTENSION, "SoftmaxLab model", ModelFile::read,
            ModelFile::write);

    /** NumPy's archive of PyTorch's state_dict ({@link NpzModelFile}): weights only. */
    public static final ModelFormat NPZ = format(NpzModelFile.EXTENSION, "NumPy state_dict", NpzModelFile::read,
            NpzModelFile::write);

    /** ONNX ({@link OnnxModelFile}): the graph and weights, for Netron, ONNX Runtime and the rest of the world. */
    public static final ModelFormat ONNX = format(OnnxModelFile.EXTENSION, "ONNX model", OnnxModelFile::read,
            OnnxModelFile::write);

    /** Reads a model file. */
    private interface Reader {
        SavedModel read(Path file) throws ModelFileException;
    }

    /** Writes a model file. */
    private interface Writer {
        void write(Path file, SavedModel model) throws IOException;
    }

    private static ModelFormat format(String extension, String description, Reader reader, Writer writer) {
        return new ModelFormat() {
            @Override
            public String extension() {
                return extension;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public SavedModel read(Path file) throws ModelFileException {
                return reader.read(file);
            }

            @Override
            public void write(Path file, SavedModel model) throws IOException {
                writer.write(file, model);
            }
        };
    }

    /** Every format, the default first. */
    public static final List<ModelFormat> ALL = List.of(SMLAB, NPZ, ONNX);

    private ModelFormats() {
    }

    /** The format whose extension {@code file}'s name ends with (ignoring case), if any. */
    public static Optional<ModelFormat> forFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return ALL.stream().filter(format -> name.endsWith(format.extension())).findFirst();
    }

    /** The known extensions for messages, e.g. {@code .smlab}. */
    public static String extensions() {
        return ALL.stream().map(ModelFormat::extension).collect(Collectors.joining(", "));
    }
}
