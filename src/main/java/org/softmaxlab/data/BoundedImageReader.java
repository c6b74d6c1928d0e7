package org.softmaxlab.data;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The one way SoftmaxLab decodes a picture file (PNG, JPEG, GIF, BMP: what the JDK's ImageIO reads),
 * for Your image and for image folders alike: the size is read from the header first, a picture
 * declaring more than {@value #MAX_PIXELS} pixels is refused unread, and a large one is decoded
 * subsampled so that memory follows {@value #DECODED_SIDE} pixels a side, not the picture.
 */
public final class BoundedImageReader {

    /**
     * The longest side a picture is decoded at: 36 times Fashion-MNIST's 28, so that a bicubic fit
     * still has detail to average, while a 30000 × 30000 picture costs a megapixel, not 3.6 GB.
     */
    public static final int DECODED_SIDE = 1024;

    /**
     * The most pixels a picture may declare. Even subsampled, a reader inflates every row of the file;
     * past this a picture takes minutes of a core to read, and no camera makes one.
     */
    public static final long MAX_PIXELS = 1_000_000_000L;

    /** Why a picture was not decoded. */
    public enum Problem {
        NO_SUCH_FILE, UNREADABLE, NOT_A_PICTURE, TOO_LARGE
    }

    /** A picture that could not be decoded; {@link #detail()} says how (a size, the reader's words). */
    public static final class DecodeException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;
        private final String detail;

        DecodeException(Problem problem, String detail, Throwable cause) {
            super(problem + (detail.isEmpty() ? "" : ": " + detail), cause);
            this.problem = problem;
            this.detail = detail;
        }

        public Problem problem() {
            return problem;
        }

        public String detail() {
            return detail;
        }
    }

    /**
     * What was decoded of a picture.
     *
     * @param image       the decoded pixels, every {@code subsampling}-th row and column
     * @param width       the picture's width as stored
     * @param height      the picture's height as stored
     * @param subsampling how many stored pixels one decoded pixel stands for, in each direction
     */
    public record Decoded(BufferedImage image, int width, int height, int subsampling) {
    }

    private BoundedImageReader() {
    }

    /** Decodes {@code file}, bounded as the class comment says. */
    public static Decoded decode(Path file) throws DecodeException {
        try (Decoder decoder = new Decoder()) {
            return decoder.decode(file);
        }
    }

    /**
     * Decodes many pictures on one thread, bounded as {@link BoundedImageReader} says, reusing one reader per
     * format. Asking ImageIO for a reader per file probes every installed reader with the file and makes a new
     * one: on 70,000 small PNGs that was two thirds of the decoding time (about 100 of 150 µs a picture).
     * Not for use by two threads at once; {@link #close()} releases the readers.
     */
    public static final class Decoder implements AutoCloseable {

        /** Files up to this size are read whole and decoded from memory; larger ones are read as needed. */
        private static final long IN_MEMORY_BYTES = 4L << 20;

        private final Map<ImageReaderSpi, ImageReader> readers = new HashMap<>();

        /** Decodes {@code file}, bounded as the class comment of {@link BoundedImageReader} says. */
        public Decoded decode(Path file) throws DecodeException {
            if (!Files.isRegularFile(file)) {
                throw new DecodeException(Problem.NO_SUCH_FILE, "", null);
            }
            try (ImageInputStream input = open(file)) {
                ImageReaderSpi spi = readerFor(input, file);
                if (spi == null) {
                    throw new DecodeException(Problem.NOT_A_PICTURE, "", null);
                }
                ImageReader reader = readers.get(spi);
                if (reader == null) {
                    reader = spi.createReaderInstance();
                    readers.put(spi, reader);
                }
                boolean done = false;
                try {
                    Decoded decoded = read(reader, input);
                    done = true;
                    return decoded;
                } finally {
                    if (done) {
                        reader.setInput(null);
                    } else {
                        // A reader that failed mid-file may keep its broken state: the next file gets a new one.
                        readers.remove(spi);
                        reader.dispose();
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new DecodeException(Problem.UNREADABLE, String.valueOf(e.getMessage()), e);
            }
        }

        private static Decoded read(ImageReader reader, ImageInputStream input) throws IOException, DecodeException {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw new DecodeException(Problem.TOO_LARGE, width + " \u00d7 " + height, null);
            }
            int subsampling = subsampling(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            try {
                return new Decoded(reader.read(0, param), width, height, subsampling);
            } catch (OutOfMemoryError e) {
                // A reader that needs more than the heap even so: say so rather than leave the caller waiting.
                throw new DecodeException(Problem.TOO_LARGE, width + " \u00d7 " + height, e);
            }
        }

        private static ImageInputStream open(Path file) throws IOException {
            if (Files.size(file) <= IN_MEMORY_BYTES) {
                return new MemoryCacheImageInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
            }
            return new FileImageInputStream(file.toFile());
        }

        /** The first reader that knows the picture: those for the file's suffix asked first, then the rest. */
        private static ImageReaderSpi readerFor(ImageInputStream input, Path file) throws IOException {
            String name = file.getFileName().toString();
            String suffix = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            List<ImageReaderSpi> all = installedReaders();
            for (int pass = 0; pass < 2; pass++) {
                for (ImageReaderSpi spi : all) {
                    if (suffixMatches(spi, suffix) == (pass == 0) && spi.canDecodeInput(input)) {
                        return spi;
                    }
                }
            }
            return null;
        }

        private static boolean suffixMatches(ImageReaderSpi spi, String suffix) {
            String[] suffixes = spi.getFileSuffixes();
            return suffixes != null && Arrays.asList(suffixes).contains(suffix);
        }

        @Override
        public void close() {
            readers.values().forEach(ImageReader::dispose);
            readers.clear();
        }
    }

    private static List<ImageReaderSpi> installedReaders() {
        List<ImageReaderSpi> all = new ArrayList<>();
        IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true).forEachRemaining(all::add);
        return all;
    }

    /** The smallest step that brings the longest side to {@link #DECODED_SIDE} or less. */
    public static int subsampling(int width, int height) {
        int longest = Math.max(width, height);
        return Math.max(1, (longest + DECODED_SIDE - 1) / DECODED_SIDE);
    }
}
