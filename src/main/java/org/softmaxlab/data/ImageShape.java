package org.softmaxlab.data;

import java.util.Locale;

/**
 * The shape of every image of a data set: height × width pixels of one channel (grayscale) or three
 * (colour, red, green, blue).
 *
 * <p>An image flattens to {@link #values()} numbers, channel-major as PyTorch's {@code Flatten} lays
 * out a {@code [C, H, W]} tensor: all red values row by row, then all green, then all blue; for
 * grayscale that is simply the pixels row by row. A model's input width is {@code values()}.
 *
 * @param height   rows of pixels, 1 to {@value #MAX_SIDE}
 * @param width    columns of pixels, 1 to {@value #MAX_SIDE}
 * @param channels 1 (grayscale) or 3 (colour)
 */
public record ImageShape(int height, int width, int channels) {

    /** Far above what a lesson trains on (a 256×256 colour image is 196,608 model inputs). */
    public static final int MAX_SIDE = 256;

    /** The MNIST family's 28×28 grayscale. */
    public static final ImageShape MNIST = new ImageShape(28, 28, 1);

    public ImageShape {
        if (height < 1 || height > MAX_SIDE || width < 1 || width > MAX_SIDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "images must be 1 to %d pixels a side, were %d×%d", MAX_SIDE, height, width));
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("images have 1 channel (grayscale) or 3 (colour), not " + channels);
        }
    }

    /** A square shape, e.g. {@code square(28, 1)}. */
    public static ImageShape square(int side, int channels) {
        return new ImageShape(side, side, channels);
    }

    /** Pixels per image per channel: height × width. */
    public int pixels() {
        return height * width;
    }

    /** Numbers per image: height × width × channels, the width of a model's input. */
    public int values() {
        return height * width * channels;
    }

    public boolean isColour() {
        return channels == 3;
    }

    /** This shape with {@code channels} channels instead. */
    public ImageShape withChannels(int channels) {
        return new ImageShape(height, width, channels);
    }

    /** "28×28 grayscale" or "32×32 colour", for messages and labels. */
    public String describe() {
        return height + "×" + width + (isColour() ? " colour" : " grayscale");
    }

    /** "28x28x1": a stable token for files and the command line. */
    public String token() {
        return height + "x" + width + "x" + channels;
    }

    /** The shape a {@link #token()} names. */
    public static ImageShape parseToken(String token) {
        String[] parts = token.trim().split("x");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not an image shape (HxWxC, e.g. 28x28x1): " + token);
        }
        try {
            return new ImageShape(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an image shape (HxWxC, e.g. 28x28x1): " + token, e);
        }
    }
}
