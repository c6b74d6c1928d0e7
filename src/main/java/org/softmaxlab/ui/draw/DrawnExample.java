package org.softmaxlab.ui.draw;

import org.softmaxlab.inspect.Drawing;

/**
 * One drawing added to a class: the strokes as drawn, and the model input they were laid out to
 * (MNIST's way, 28×28), which is what is saved and what its thumbnail shows.
 *
 * @param drawing the strokes
 * @param pixels  28×28 values in [0, 1]; never modified
 */
public record DrawnExample(Drawing drawing, float[] pixels) {
}
