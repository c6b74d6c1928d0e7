package org.softmaxlab.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The model file formats SoftmaxLab reads and writes, by file name extension: its own {@code .smlab}
 * and NumPy's {@code .npz} of PyTorch's state_dict. The command line and the window pick one by the
 * name of the file.
 */
public final class ModelFormats {

    /** SoftmaxLab's own versioned, checksummed format ({@link ModelFile}). */
    public static final ModelFormat SMLAB = new ModelFormat() {
        @Override
        public String extension() {
            return ModelFile.EXTENSION;
        }

        @Override
        public String description() {
            return "SoftmaxLab model";
        }

        @Override
        public SavedModel read(Path file) throws ModelFileException {
            return ModelFile.read(file);
        }

        @Override
        public void write(Path file, SavedModel model) throws IOException {
            ModelFile.write(file, model);
        }
    };

    /** NumPy's archive of PyTorch's state_dict ({@link NpzModelFile}): weights only. */
    public static final ModelFormat NPZ = new ModelFormat() {
        @Override
        public String extension() {
            return NpzModelFile.EXTENSION;
        }

        @Override
        public String description() {
            return "NumPy state_dict";
        }

        @Override
        public SavedModel read(Path file) throws ModelFileException {
            return NpzModelFile.read(file);
        }

        @Override
        public void write(Path file, SavedModel model) throws IOException {
            NpzModelFile.write(file, model);
        }
    };

    /** Every format, the default first. */
    public static final List<ModelFormat> ALL = List.of(SMLAB, NPZ);

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
