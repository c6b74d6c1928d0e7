package org.softmaxlab.data;

import java.util.Locale;

/**
 * How images from a folder become a data set's images: the square size they are fitted into and the
 * colour mode. IDX files keep their own size and are grayscale.
 *
 * @param size   the side of the square every image is fitted into, aspect kept by padding (default 28)
 * @param colour grayscale, colour, or whichever the folder's images are
 */
public record ImageOptions(int size, ColourMode colour) {

    /** 28×28, colour when the images are: what the MNIST family is, and what Your image already reads. */
    public static final ImageOptions DEFAULT = new ImageOptions(28, ColourMode.AUTO);
    /** The smallest size at which a class picture still shows anything. */
    public static final int MIN_SIZE = 8;
    /** Large enough for a lesson on photos, small enough for softmax regression's weights. */
    public static final int MAX_SIZE = 128;

    /** Grayscale or colour. */
    public enum ColourMode {
        /** Colour if any image of the folder is in colour, else grayscale. */
        AUTO,
        GRAYSCALE,
        COLOUR;

        /** "auto", "gray" or "color" (also "grayscale", "colour"), any case. */
        public static ColourMode parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "auto" -> AUTO;
                case "gray", "grey", "grayscale", "greyscale" -> GRAYSCALE;
                case "color", "colour", "rgb" -> COLOUR;
                default -> throw new IllegalArgumentException("colour must be auto, gray or color, not " + text);
            };
        }
    }

    public ImageOptions {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the image size must be %d to %d pixels, was %d", MIN_SIZE, MAX_SIZE, size));
        }
        if (colour == null) {
            throw new NullPointerException("colour");
        }
    }
}
