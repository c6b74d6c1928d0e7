package org.softmaxlab.inspect;

/**
 * How the first layer's weights of a colour data set are drawn: the three channels at once, or one
 * channel's signed map. Grayscale data has one channel, drawn signed whatever is chosen.
 */
public enum WeightPicture {
    /**
     * One colour picture: a pixel's red, green and blue are how much a bright red, green or blue input
     * there raises the score (the positive weights of each channel, on one shared scale); black where
     * no channel does. A class that red predicts looks red.
     */
    COLOUR(-1),
    /** The red channel's weights, signed (red raises, blue lowers), as a grayscale map is drawn. */
    RED(0),
    /** The green channel's weights, signed. */
    GREEN(1),
    /** The blue channel's weights, signed. */
    BLUE(2);

    private final int channel;

    WeightPicture(int channel) {
        this.channel = channel;
    }

    /** The channel drawn signed, or -1 for the colour picture of all three. */
    public int channel() {
        return channel;
    }
}
