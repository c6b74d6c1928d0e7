package org.softmaxlab.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipException;

/**
 * Reads IDX image and label files (the MNIST family's format), gzipped or not, and validates
 * them before anything uses them: magic number, the dimensions the caller expects (28×28 for the
 * MNIST family, any size up to {@value ImageShape#MAX_SIDE} for another IDX folder), a count above 0,
 * length against the header, labels below the class count, and equal image and label counts.
 *
 * <p>Every failure is a {@link DatasetException} whose message starts with the file name and says
 * what is wrong, e.g. {@code train-images-idx3-ubyte.gz: truncated: header promises 47,040,016
 * bytes, file has 1,024}.
 */
public final class IdxReader {

    static final int IMAGE_MAGIC = 2051;
    static final int LABEL_MAGIC = 2049;
    private static final int IMAGE_HEADER = 16;
    private static final int LABEL_HEADER = 8;
    private static final int BUFFER = 1 << 16;

    private IdxReader() {
    }

    /**
     * What the files must hold.
     *
     * @param setName the data set's name for messages, e.g. "Fashion-MNIST"
     * @param shape   the image size the files must have, or null for any size
     * @param classes labels must be below this (at most 256, the most one IDX byte holds)
     */
    public record Expected(String setName, ImageShape shape, int classes) {
    }

    /** Reads a matching pair of image and label files into an {@link ImageSet}. */
    public static ImageSet read(Path imageFile, Path labelFile, Expected expected) throws DatasetException {
        Images images = readImages(imageFile, expected);
        int[] labels = readLabels(labelFile, expected);
        int count = images.pixels.length / images.shape.values();
        if (count != labels.length) {
            throw new DatasetException(String.format(Locale.US,
                    "%s holds %,d images but %s holds %,d labels; the two files do not belong together",
                    name(imageFile), count, name(labelFile), labels.length));
        }
        return new ImageSet(images.shape, images.pixels, labels);
    }

    private record Images(ImageShape shape, byte[] pixels) {
    }

    /** The pixel bytes of an IDX image file: {@code count × rows × cols} unsigned bytes. */
    private static Images readImages(Path file, Expected expected) throws DatasetException {
        try (InputStream in = open(file)) {
            byte[] header = readHeader(in, file, IMAGE_HEADER, IMAGE_MAGIC, "image");
            long count = unsignedIntAt(header, 4);
            int rows = intAt(header, 8);
            int cols = intAt(header, 12);
            ImageShape want = expected.shape();
            if (want != null && (rows != want.height() || cols != want.width())) {
                throw new DatasetException(String.format(Locale.US,
                        "%s: images are %d×%d pixels, expected %d×%d; this is not a %s file",
                        name(file), rows, cols, want.height(), want.width(), expected.setName()));
            }
            if (rows < 1 || cols < 1 || rows > ImageShape.MAX_SIDE || cols > ImageShape.MAX_SIDE) {
                throw new DatasetException(String.format(Locale.US,
                        "%s: images are %d×%d pixels; SoftmaxLab reads 1 to %d pixels a side",
                        name(file), rows, cols, ImageShape.MAX_SIDE));
            }
            if (count == 0) {
                throw promisesNothing(file, "images", "image", expected);
            }
            ImageShape shape = new ImageShape(rows, cols, 1);
            return new Images(shape, readPayload(in, file, IMAGE_HEADER, count * shape.values()));
        } catch (IOException e) {
            throw ioFailure(file, e);
        }
    }

    /** The labels of an IDX label file, each checked to be a class index below {@code expected.classes()}. */
    private static int[] readLabels(Path file, Expected expected) throws DatasetException {
        try (InputStream in = open(file)) {
            byte[] header = readHeader(in, file, LABEL_HEADER, LABEL_MAGIC, "label");
            long count = unsignedIntAt(header, 4);
            if (count == 0) {
                throw promisesNothing(file, "labels", "label", expected);
            }
            byte[] bytes = readPayload(in, file, LABEL_HEADER, count);
            int[] labels = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                labels[i] = bytes[i] & 0xFF;
                if (labels[i] >= expected.classes()) {
                    throw new DatasetException(String.format(Locale.US,
                            "%s: label %d at index %,d is not a class 0–%d; the file is corrupt",
                            name(file), labels[i], i, expected.classes() - 1));
                }
            }
            return labels;
        } catch (IOException e) {
            throw ioFailure(file, e);
        }
    }

    /** Opens the file, decompressing if its first bytes are the gzip magic (whatever its name). */
    private static InputStream open(Path file) throws IOException, DatasetException {
        if (Files.isDirectory(file)) {
            throw new DatasetException(name(file) + ": is a folder, expected a file, in " + parentOf(file));
        }
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(name(file) + ": not found in " + parentOf(file));
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                // Not GZIPInputStream: it ignores bytes after the gzip data, which here mean a corrupt file.
                return GzipData.open(raw);
            }
            return raw;
        } catch (IOException | RuntimeException e) {
            // A failed first read must not leave the file open (on Windows that would block
            // deleting or replacing it).
            raw.close();
            throw e;
        }
    }

    /**
     * Reads the header and checks its magic number. The magic is checked before the length so that
     * a short file of the other kind (a tiny label file given as images) is reported as swapped
     * rather than as truncated.
     */
    private static byte[] readHeader(InputStream in, Path file, int length, int expectedMagic, String kind)
            throws IOException, DatasetException {
        byte[] header = in.readNBytes(length);
        if (header.length == 0) {
            throw new DatasetException(name(file) + ": file is empty");
        }
        if (header.length >= 4 && intAt(header, 0) != expectedMagic) {
            throw wrongMagic(file, intAt(header, 0), expectedMagic, kind);
        }
        if (header.length < length) {
            throw new DatasetException(String.format(Locale.US,
                    "%s: truncated: header needs %d bytes, file has %d", name(file), length, header.length));
        }
        return header;
    }

    /**
     * Reads exactly {@code payloadBytes} after the header, growing the buffer as data arrives so a
     * corrupt header that promises gigabytes does not allocate them.
     */
    private static byte[] readPayload(InputStream in, Path file, int headerBytes, long payloadBytes)
            throws IOException, DatasetException {
        long promised = headerBytes + payloadBytes;
        if (payloadBytes > Integer.MAX_VALUE - 16) {
            throw new DatasetException(String.format(Locale.US,
                    "%s: header promises %,d bytes, more than any IDX file this program reads; the header is corrupt",
                    name(file), promised));
        }
        int target = (int) payloadBytes;
        byte[] data = new byte[Math.min(target, 1 << 22)];
        int filled = 0;
        while (filled < target) {
            if (filled == data.length) {
                data = Arrays.copyOf(data, (int) Math.min(target, 2L * data.length));
            }
            int n = in.read(data, filled, data.length - filled);
            if (n < 0) {
                throw new DatasetException(String.format(Locale.US,
                        "%s: truncated: header promises %,d bytes, file has %,d", name(file), promised,
                        headerBytes + (long) filled));
            }
            filled += n;
        }
        long extra = in.transferTo(OutputStreamSink.INSTANCE);
        if (extra > 0) {
            throw new DatasetException(String.format(Locale.US,
                    "%s: header promises %,d bytes, file has %,d; the file is corrupt or not an IDX file",
                    name(file), promised, promised + extra));
        }
        return data;
    }

    /**
     * A header that promises nothing passes every other check (the file holds exactly what it says),
     * yet no split is empty: the file was written wrongly, and an empty set would only fail later in
     * training or evaluation, far from the cause.
     */
    private static DatasetException promisesNothing(Path file, String items, String kind, Expected expected) {
        if (expected.shape() != null) {
            return new DatasetException(String.format(Locale.US,
                    "%s: header promises 0 %s; a %s %s file has 60,000 (training) or 10,000 (test)",
                    name(file), items, expected.setName(), kind));
        }
        return new DatasetException(String.format(Locale.US,
                "%s: header promises 0 %s; a split needs at least one", name(file), items));
    }

    private static DatasetException wrongMagic(Path file, int magic, int expected, String kind) {
        String hint = (magic == IMAGE_MAGIC || magic == LABEL_MAGIC)
                ? " (images and labels swapped?)" : "";
        return new DatasetException(String.format(Locale.US,
                "%s: not an IDX %s file: magic number %d, expected %d%s", name(file), kind, magic, expected, hint));
    }

    private static DatasetException ioFailure(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DatasetException(name(file) + ": not found in " + parentOf(file), e);
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            return new DatasetException(name(file) + ": truncated or corrupt gzip data (" + e.getMessage()
                    + "); delete the file and download it again", e);
        }
        return new DatasetException(name(file) + ": cannot read: " + e, e);
    }

    private static int intAt(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 24) | ((b[offset + 1] & 0xFF) << 16)
                | ((b[offset + 2] & 0xFF) << 8) | (b[offset + 3] & 0xFF);
    }

    private static long unsignedIntAt(byte[] b, int offset) {
        return intAt(b, offset) & 0xFFFF_FFFFL;
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    private static String parentOf(Path file) {
        Path p = file.toAbsolutePath().getParent();
        return p == null ? "." : p.toString();
    }

    /** Counts and discards trailing bytes. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
