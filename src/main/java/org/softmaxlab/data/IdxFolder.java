package org.softmaxlab.data;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A folder holding the MNIST family's four IDX files ({@code train-images-idx3-ubyte},
 * {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte},
 * each gzipped or plain), of any image size, with an optional class-names file
 * {@value #CLASS_NAMES_FILE} beside them.
 *
 * <p>The class-names file is UTF-8 text, one name per line, line 1 naming label 0; a byte-order mark,
 * surrounding spaces and trailing empty lines are ignored. Without it the classes are called "0",
 * "1", … up to the largest label found.
 */
public final class IdxFolder {

    /** The optional class-names file beside the four IDX files. */
    public static final String CLASS_NAMES_FILE = "classes.txt";

    private IdxFolder() {
    }

    /**
     * Reads the folder as one of the MNIST family: 28×28 images, ten classes with the member's names.
     */
    static Dataset read(Path dir, MnistFamily member, Provenance provenance) throws DatasetException {
        checkFolder(dir);
        IdxReader.Expected expected = member.expectation();
        return new Dataset(member.displayName(), member.classNames(), ImageShape.MNIST, split(dir, true, expected),
                split(dir, false, expected), provenance);
    }

    /**
     * Reads any IDX folder: the image size from the files, the class names from
     * {@value #CLASS_NAMES_FILE} if present. The data set is named after the folder.
     */
    public static Dataset read(Path dir) throws DatasetException {
        checkFolder(dir);
        Path namesFile = dir.resolve(CLASS_NAMES_FILE);
        List<String> names = Files.isRegularFile(namesFile) ? readClassNames(namesFile) : null;
        String setName = folderName(dir);
        IdxReader.Expected expected = new IdxReader.Expected(setName, null, 256);
        ImageSet train = split(dir, true, expected);
        ImageSet test = split(dir, false, expected);
        int largest = Math.max(train.maxLabel(), test.maxLabel());
        if (names != null && largest >= names.size()) {
            throw new DatasetException(String.format(Locale.ROOT,
                    "%s names %d classes, but the labels go up to %d; write one class name a line for each of "
                            + "the %d classes, label 0 first", namesFile, names.size(), largest, largest + 1));
        }
        if (!train.shape().equals(test.shape())) {
            throw new DatasetException(String.format(Locale.ROOT,
                    "%s: the training images are %s, the test images %s; both must be the same size",
                    dir, train.shape().describe(), test.shape().describe()));
        }
        if (names == null) {
            int classes = Math.max(Dataset.MIN_CLASSES, largest + 1);
            names = IntStream.range(0, classes).mapToObj(Integer::toString).toList();
        }
        try {
            return new Dataset(setName, names, train.shape(), train, test,
                    new Provenance(Provenance.Kind.IDX_FOLDER, dir.toString(),
                            Files.isRegularFile(namesFile) ? "class names from " + CLASS_NAMES_FILE : ""));
        } catch (IllegalArgumentException e) {
            throw new DatasetException(dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code dir} holds all four IDX files (gzipped or plain). */
    public static boolean holdsIdxFiles(Path dir) {
        return DatasetLocator.missingFiles(dir).isEmpty();
    }

    /** The class names in {@code file}, checked (how many, blank, repeated) with a message naming the file. */
    static List<String> readClassNames(Path file) throws DatasetException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DatasetException(file + ": not UTF-8 text; save it as UTF-8, one class name a line", e);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> names = new ArrayList<>();
        for (String line : text.split("\r\n|\n|\r", -1)) {
            names.add(line.strip());
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        try {
            Dataset.checkClassNames(names);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file + ": " + e.getMessage() + "; write one class name a line, label 0 first",
                    e);
        }
        return names;
    }

    private static ImageSet split(Path dir, boolean train, IdxReader.Expected expected) throws DatasetException {
        DatasetFile images = train ? DatasetFile.TRAIN_IMAGES : DatasetFile.TEST_IMAGES;
        DatasetFile labels = train ? DatasetFile.TRAIN_LABELS : DatasetFile.TEST_LABELS;
        return IdxReader.read(images.resolveIn(dir), labels.resolveIn(dir), expected);
    }

    private static void checkFolder(Path dir) throws DatasetException {
        if (!Files.exists(dir)) {
            throw new DatasetFolderException(dir, FolderProblem.of(FolderProblem.Kind.NO_SUCH_FOLDER));
        }
        if (!Files.isDirectory(dir)) {
            throw new DatasetFolderException(dir, FolderProblem.of(FolderProblem.Kind.NOT_A_FOLDER));
        }
    }

    private static String folderName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }
}
