package org.softmaxlab.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

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
        if (!Files.isRegularFile(file)) {
            throw new DecodeException(Problem.NO_SUCH_FILE, "", null);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new DecodeException(Problem.NOT_A_PICTURE, "", null);
            }
            ImageReader reader = readers.next();
            try {
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
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DecodeException(Problem.UNREADABLE, String.valueOf(e.getMessage()), e);
        }
    }

    /** The smallest step that brings the longest side to {@link #DECODED_SIDE} or less. */
    public static int subsampling(int width, int height) {
        int longest = Math.max(width, height);
        return Math.max(1, (longest + DECODED_SIDE - 1) / DECODED_SIDE);
    }
}
