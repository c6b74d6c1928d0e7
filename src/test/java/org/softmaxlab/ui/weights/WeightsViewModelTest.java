package org.softmaxlab.ui.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class WeightsViewModelTest {

    private static final Executor NOW = Runnable::run;

    private final WeightsViewModel vm = new WeightsViewModel(NOW, NOW);

    @Test
    void tenImagesOnOneScaleFromTheLargestWeight() {
        float[] parameters = new float[7850];
        parameters[100 * 10 + 3] = 0.5f;    // pixel 100 raises class 3
        parameters[200 * 10 + 7] = -0.25f;  // pixel 200 lowers class 7
        parameters[784 * 10 + 1] = 9f;      // a bias: not part of the pictures or their scale
        vm.setWeights(parameters);

        int[][] images = vm.imagesProperty().get();
        assertEquals(10, images.length);
        assertEquals(784, images[0].length);
        assertEquals(0.5, vm.scaleProperty().get(), 1e-9);
        assertEquals(0xFFB2182B, images[3][100], "the largest weight is full red");
        assertEquals(0xFFFFFFFF, images[3][101], "zero is white");
        int halfBlue = images[7][200];
        // Half way from white to WeightImages' blue (33, 102, 172).
        assertEquals(0xFF90B3D6, halfBlue, Integer.toHexString(halfBlue));
    }

    @Test
    void noModelNoPictures() {
        vm.setWeights(new float[7850]);
        vm.setWeights(null);
        assertNull(vm.imagesProperty().get());
        assertEquals(0, vm.scaleProperty().get());
    }
}
