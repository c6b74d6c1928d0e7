package org.softmaxlab.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.softmaxlab.io.ImageFiles;

/**
 * Writes grayscale images as an image folder in torchvision's ImageFolder convention: one
 * sub-folder per class, named after the class, holding one PNG per image. This is how a drawn data
 * set becomes an ordinary one that any image-folder reader (SoftmaxLab's, torchvision's) opens.
 *
 * <p>The folder is written whole or not at all: everything goes into a hidden folder beside the
 * target, which is then renamed into place. A folder this writer made before (it leaves a
 * {@value #MARK} file in it) is replaced; any other folder that holds files is refused, so a
 * user's own pictures are never overwritten.
 */
public final class ImageFolderWriter {

    /** The hidden file that marks a folder as written here (readers skip hidden files). */
    public static final String MARK = ".softmaxlab-drawn";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A folder that holds files SoftmaxLab did not write: it is left alone. */
    public static final class FolderInUseException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path folder;

        FolderInUseException(Path folder) {
            super(folder + " already holds files that SoftmaxLab did not write; choose a new or empty folder");
            this.folder = folder;
        }

        /** The folder that was refused. */
        public Path folder() {
            return folder;
        }
    }

    /** A folder this writer made before, which the caller did not allow to be replaced: it is left as it is. */
    public static final class DrawnFolderExistsException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path folder;

        DrawnFolderExistsException(Path folder) {
            super(folder + " already holds a drawn data set; it is replaced only when asked to");
            this.folder = folder;
        }

        /** The folder that was left alone. */
        public Path folder() {
            return folder;
        }
    }

    private ImageFolderWriter() {
    }

    /**
     * Writes the images into {@code folder}, replacing a folder this writer made before.
     *
     * @see #write(Path, List, List, int, int, boolean)
     */
    public static void write(Path folder, List<String> classNames, List<List<float[]>> images, int rows, int cols)
            throws IOException {
        write(folder, classNames, images, rows, cols, true);
    }

    /**
     * Writes the images into {@code folder}.
     *
     * @param folder     the image folder to make (or replace, if this writer made it)
     * @param classNames one name per class, each a usable {@link ClassFolderName}
     * @param images     per class, its images: {@code rows × cols} values in [0, 1], row-major
     * @param replaceDrawn whether a folder this writer made before may be replaced (the user said so)
     * @throws FolderInUseException if {@code folder} holds files that this writer did not make
     * @throws DrawnFolderExistsException if {@code folder} was made by this writer and {@code replaceDrawn} is false
     * @throws IOException          if writing fails; the old folder (if any) is then as it was
     */
    public static void write(Path folder, List<String> classNames, List<List<float[]>> images, int rows, int cols,
                             boolean replaceDrawn) throws IOException {
        if (classNames.size() != images.size()) {
            throw new IllegalArgumentException(classNames.size() + " class names for " + images.size() + " classes");
        }
        for (int k = 0; k < classNames.size(); k++) {
            if (ClassFolderName.problem(classNames.get(k), classNames.subList(0, k)).isPresent()) {
                throw new IllegalArgumentException("not a usable class folder name: \"" + classNames.get(k) + "\"");
            }
        }
        Path target = folder.toAbsolutePath().normalize();
        boolean replace = Files.exists(target) && !isEmptyFolder(target);
        if (replace && !Files.isRegularFile(target.resolve(MARK))) {
            throw new FolderInUseException(target);
        }
        if (replace && !replaceDrawn) {
            throw new DrawnFolderExistsException(target);
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createDirectory(parent.resolve(hiddenName(target, "part")));
        try {
            for (int k = 0; k < classNames.size(); k++) {
                Path classFolder = Files.createDirectory(temp.resolve(classNames.get(k)));
                List<float[]> ofClass = images.get(k);
                for (int i = 0; i < ofClass.size(); i++) {
                    ImageFiles.writePng(classFolder.resolve(String.format(Locale.ROOT, "%04d.png", i + 1)),
                            grayImage(ofClass.get(i), rows, cols));
                }
            }
            Files.write(temp.resolve(MARK), new byte[0]);
            swapIn(temp, target);
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Renames {@code temp} to {@code target}; a previous target is renamed aside first and deleted last. */
    private static void swapIn(Path temp, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(temp, target);
            return;
        }
        Path old = target.resolveSibling(hiddenName(target, "old"));
        move(target, old);
        try {
            move(temp, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String hiddenName(Path target, String suffix) {
        return "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + "." + suffix;
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private static BufferedImage grayImage(float[] values, int rows, int cols) {
        if (values.length != rows * cols) {
            throw new IllegalArgumentException("an image of " + values.length + " values is not " + rows + "×" + cols);
        }
        BufferedImage image = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_GRAY);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float v = Math.max(0f, Math.min(1f, values[r * cols + c]));
                image.getRaster().setSample(c, r, 0, Math.round(v * 255));
            }
        }
        return image;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
