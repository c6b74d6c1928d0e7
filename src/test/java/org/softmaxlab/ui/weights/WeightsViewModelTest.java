package org.softmaxlab.ui.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.ui.tasks.BackgroundTasks;

@Tag("locale")
class WeightsViewModelTest {

    private final WeightsViewModel vm = new WeightsViewModel(BackgroundTasks.sameThread());

    @Test
    void weightsThatFitNoModelOfTheDataSetDrawNothingAndAreNoFailure() {
        // Weights of a model for another data set arrive while the window switches data sets: they are
        // passed over, not drawn wrongly and not reported as a failure (BackgroundTasksTest covers how a
        // real failure reaches the window's failure view).
        BackgroundTasks tasks = BackgroundTasks.sameThread();
        java.util.List<Throwable> shown = new java.util.ArrayList<>();
        tasks.setFailureView(shown::add);
        WeightsViewModel weights = new WeightsViewModel(tasks);
        weights.setWeights(new float[12]); // no model of Fashion-MNIST has 12 parameters
        assertNull(weights.imagesProperty().get());
        assertEquals(List.of(), shown);
    }

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
    void aColourDataSetsClassesAreColourPicturesAtTheImageSizeOrOneChannelSigned() {
        org.softmaxlab.ui.inspect.WindowDataset.use(new org.softmaxlab.data.DatasetSignature(
                List.of("red thing", "green thing", "blue thing"), org.softmaxlab.data.ImageShape.square(2, 3)));
        try {
            // [(2·2·3 + 1) × 3]: input j = channel · 4 + pixel, weight of class c at j · 3 + c.
            float[] parameters = new float[13 * 3];
            parameters[(0 * 4 + 0) * 3 + 0] = 0.5f;  // red at pixel 0 raises class 0
            parameters[(1 * 4 + 1) * 3 + 1] = 0.5f;  // green at pixel 1 raises class 1
            parameters[(2 * 4 + 1) * 3 + 1] = -0.5f; // blue at pixel 1 lowers class 1
            vm.setWeights(parameters);
            int[][] images = vm.imagesProperty().get();
            assertEquals(3, images.length);
            assertEquals(4, images[0].length, "one pixel a pixel of the 2×2 image");
            assertEquals(0xFFFF0000, images[0][0], "class 0 is red where red raises it");
            assertEquals(0xFF00FF00, images[1][1], "class 1 green where green raises it; lowering shows no blue");
            assertEquals(0xFF000000, images[2][0], "nothing raises class 2: black");

            vm.pictureProperty().set(org.softmaxlab.inspect.WeightPicture.BLUE);
            assertEquals(0xFF2166AC, vm.imagesProperty().get()[1][1], "the blue channel signed: it lowers class 1");
            vm.pictureProperty().set(org.softmaxlab.inspect.WeightPicture.GREEN);
            assertEquals(0xFFB2182B, vm.imagesProperty().get()[1][1], "the green channel signed: it raises class 1");
        } finally {
            org.softmaxlab.ui.inspect.WindowDataset.use(org.softmaxlab.data.DatasetSignature.FASHION_MNIST);
        }
    }

    private static float[] oneWeight(float w) {
        float[] parameters = new float[7850];
        parameters[100 * 10 + 3] = w;
        return parameters;
    }

    @Test
    void aHeldOrFixedScaleShowsTheWeightsGrowWhereFittingEachFrameHidesIt() {
        vm.setWeights(oneWeight(0.5f));
        int perFrame = vm.imagesProperty().get()[3][100];
        vm.setWeights(oneWeight(1f));
        assertEquals(perFrame, vm.imagesProperty().get()[3][100], "fitted each frame, twice the weight looks the same");

        vm.setWeights(oneWeight(0.5f));
        vm.scaleChoiceProperty().set(WeightScale.FIT_ONCE); // holds ±0.5, the range of this frame
        assertEquals(0.5, vm.scaleProperty().get(), 1e-9);
        vm.setWeights(oneWeight(0.25f));
        assertEquals(0.5, vm.scaleProperty().get(), 1e-9, "held");
        assertEquals(0.25, vm.largestProperty().get(), 1e-9, "the range shown is the frame's own");
        assertEquals(halfRed(), vm.imagesProperty().get()[3][100], "half the held scale: half red");

        vm.scaleChoiceProperty().set(WeightScale.fixed(1));
        vm.setWeights(oneWeight(0.5f));
        assertEquals(1, vm.scaleProperty().get(), 1e-9);
        assertEquals(halfRed(), vm.imagesProperty().get()[3][100]);
        vm.setWeights(oneWeight(3f));
        assertEquals(0xFFB2182B, vm.imagesProperty().get()[3][100], "beyond the scale: full red");
        assertEquals(3, vm.largestProperty().get(), 1e-9);
    }

    /** Half way from white to WeightImages' red (178, 24, 43). */
    private static int halfRed() {
        return 0xFF000000 | (217 << 16) | (140 << 8) | 149;
    }

    @Test
    void noModelNoPictures() {
        vm.setWeights(new float[7850]);
        vm.setWeights(null);
        assertNull(vm.imagesProperty().get());
        assertEquals(0, vm.scaleProperty().get());
    }
}
