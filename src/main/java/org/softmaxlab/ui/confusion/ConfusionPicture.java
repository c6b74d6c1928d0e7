package org.softmaxlab.ui.confusion;

import javafx.scene.layout.VBox;

/**
 * The box the matrix, its title and caption stand in (and the PNG export is a picture of): never
 * narrower than {@link ConfusionView#PICTURE_MIN_WIDTH}, so the caption is not cut in a small
 * window, nor than its matrix, so that a matrix of many classes makes the tab scroll instead of
 * being clipped; no wider than a ten-class matrix needs, so a wide window does not stretch it.
 */
public final class ConfusionPicture extends VBox {

    /** Room enough for ten classes and their caption; a larger matrix widens it. */
    static final double NARROW_MAX_WIDTH = 980;

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(ConfusionView.PICTURE_MIN_WIDTH, super.computeMinWidth(height));
    }

    @Override
    protected double computeMaxWidth(double height) {
        return Math.max(NARROW_MAX_WIDTH, computeMinWidth(height));
    }
}
