package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.softmaxlab.testing.FashionModels;

class WeightImagesTest {

    @Test
    void zeroIsWhiteExtremesAreTheMapsEndsAndBrokenWeightsAreBlack() {
        assertEquals(0xFFFFFFFF, WeightImages.color(0, 1));
        assertEquals(0xFFB2182B, WeightImages.color(1, 1));
        assertEquals(0xFF2166AC, WeightImages.color(-2, 1), "clamped to the scale");
        assertEquals(0xFF000000, WeightImages.color(Double.NaN, 1));
        assertEquals(0xFFFFFFFF, WeightImages.color(0.3, 0), "all-zero weights render white");
    }

    @Test
    void eachClassColumnBecomesOneImageOnAScaleSharedByAll() {
        float[] parameters = new float[7850];
        parameters[5 * 10 + 3] = 2f;      // pixel 5, class 3: the largest weight
        parameters[7 * 10 + 8] = -1f;     // pixel 7, class 8: half the scale, negative
        parameters[7840 + 2] = 100f;      // a bias: not part of the images or their scale
        int[][] images = WeightImages.render(FashionModels.spec(parameters), parameters);
        assertEquals(10, images.length);
        assertEquals(784, images[0].length);
        assertEquals(WeightImages.color(1, 1), images[3][5]);
        assertEquals(WeightImages.color(-0.5, 1), images[8][7]);
        assertEquals(0xFFFFFFFF, images[2][0]);
    }
}
