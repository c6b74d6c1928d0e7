package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.Provenance;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/**
 * Softmax regression trained on colour images whose class is told by their colour alone (class 0
 * red, 1 green, 2 blue, at random brightness and with random dim noise in the other channels): the
 * class pictures of all three channels show each class in its colour, at the images' height × width.
 */
class ColourWeightPicturesTest {

    private static final ImageShape SHAPE = ImageShape.square(8, 3);
    private static ModelSpec spec;
    private static float[] parameters;

    @BeforeAll
    static void train() {
        Dataset data = new Dataset("colours", List.of("red", "green", "blue"), SHAPE, images(600, 1), images(150, 2),
                Provenance.inMemory("made up by a test"));
        RunOutcome outcome = new Trainer(TrainingData.of(data)).run(TrainConfig.DEFAULTS.withEpochs(5),
                TrainingListener.NONE, new TrainingControl());
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status());
        assertTrue(outcome.lastEpoch().testAccuracy() > 0.95, "colour alone tells the classes apart: "
                + outcome.lastEpoch().testAccuracy());
        Model model = outcome.model();
        spec = model.spec();
        parameters = model.parametersCopy();
    }

    @Test
    void eachClassPictureIsInItsClasssColourAtTheImagesSize() {
        int[][] pictures = WeightImages.render(spec, parameters, WeightImages.firstLayerScale(spec, parameters), 3,
                WeightPicture.COLOUR);
        assertEquals(3, pictures.length);
        for (int c = 0; c < 3; c++) {
            assertEquals(SHAPE.pixels(), pictures[c].length, "one pixel a pixel of the image, not one an input");
            double[] mean = meanRgb(pictures[c]);
            for (int other = 0; other < 3; other++) {
                if (other != c) {
                    assertTrue(mean[c] > 3 * mean[other] + 10, "class " + c + "'s picture is in its colour: "
                            + java.util.Arrays.toString(mean));
                }
            }
        }
    }

    @Test
    void oneChannelIsDrawnSignedAsAGrayscaleMapIs() {
        double scale = WeightImages.firstLayerScale(spec, parameters);
        int[] green = WeightImages.renderColumn(spec, parameters, 1, scale, 3, WeightPicture.GREEN);
        int[] expected = new int[SHAPE.pixels()];
        for (int p = 0; p < expected.length; p++) {
            expected[p] = WeightImages.color(parameters[(SHAPE.pixels() + p) * 3 + 1], scale);
        }
        assertArrayEquals(expected, green);
        // Green raises class 1: its green-channel map is red (raising) on the diverging scale.
        assertTrue(meanRgb(green)[0] > meanRgb(green)[2] + 20, java.util.Arrays.toString(meanRgb(green)));
    }

    @Test
    void colourEvidenceAddsAPixelsThreeChannelsUp() {
        float[] values = {1, 2, 10, 20, 100, 200};
        assertArrayEquals(new float[] {111, 222}, Evidence.perPixel(values, 3));
        assertArrayEquals(values, Evidence.perPixel(values, 1));
        float[] pixels = new float[SHAPE.values()];
        java.util.Arrays.fill(pixels, 0.5f);
        Evidence e = Evidence.of(spec, parameters, pixels, 0, 1);
        float[] map = Evidence.perPixel(e.map(0), 3);
        assertEquals(SHAPE.pixels(), map.length);
        assertEquals(e.pixelContribution(5, 0, 3), map[5], 1e-5);
        double sum = 0;
        for (float v : map) {
            sum += v;
        }
        assertEquals(e.evidenceSum(0), sum, 1e-4, "the per-pixel map still adds up to the evidence sum");
    }

    @Test
    void aHiddenUnitsFilterOfColourDataIsDrawnAsTheWeightsTabDrawsIt() {
        Model mlp = Model.initialized(ModelSpec.mlp(4).sizedFor(SHAPE.values(), 3), 0.01, 7);
        float[] w = mlp.parametersCopy();
        float[] pixels = new float[SHAPE.values()];
        HiddenUnits units = HiddenUnits.of(mlp.spec(), w, pixels, 0, 1, HiddenUnits.Ranking.values()[0], 4);
        int[][] tab = WeightImages.render(mlp.spec(), w, WeightImages.firstLayerScale(mlp.spec(), w), 3,
                WeightPicture.COLOUR);
        assertArrayEquals(tab[2], units.filter(2, 3));
        assertEquals(SHAPE.pixels(), units.filter(2, 3).length);
    }

    /** The mean red, green and blue of ARGB pixels. */
    private static double[] meanRgb(int[] argb) {
        double[] sum = new double[3];
        for (int v : argb) {
            sum[0] += v >> 16 & 0xFF;
            sum[1] += v >> 8 & 0xFF;
            sum[2] += v & 0xFF;
        }
        return new double[] {sum[0] / argb.length, sum[1] / argb.length, sum[2] / argb.length};
    }

    /** Image i of class i % 3: that channel at a random brightness 120–255, the other two dim noise 0–60. */
    private static ImageSet images(int count, long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[count * SHAPE.values()];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 3;
            int level = 120 + random.nextInt(136);
            for (int ch = 0; ch < 3; ch++) {
                for (int p = 0; p < SHAPE.pixels(); p++) {
                    int v = ch == labels[i] ? level : random.nextInt(61);
                    pixels[i * SHAPE.values() + ch * SHAPE.pixels() + p] = (byte) v;
                }
            }
        }
        return new ImageSet(SHAPE, pixels, labels);
    }
}
