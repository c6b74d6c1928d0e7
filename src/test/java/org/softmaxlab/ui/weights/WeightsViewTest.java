package org.softmaxlab.ui.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The class pictures' size follows the tab's width: five in a row with their gaps always fit. */
class WeightsViewTest {

    @Test
    void fivePicturesAndTheirGapsFitTheWidthAtTheLargestWholeScale() {
        assertEquals(6, WeightsView.classScale(1250, 14), "room to spare: the designed size, no larger");
        assertEquals(4, WeightsView.classScale(656, 14), "(656 − 4·14) / (5·28) = 4.3");
        assertEquals(3, WeightsView.classScale(5 * 28 * 4 + 4 * 14 - 1, 14), "one pixel short of scale 4");
        assertEquals(2, WeightsView.classScale(100, 14), "never smaller than 2 screen pixels a weight");
    }
}
