package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.softmaxlab.testing.SyntheticData;

/** The data-set value: what it refuses, and what it tells models and views. */
class DatasetTest {

    private static final ImageShape SMALL = new ImageShape(4, 3, 1);

    private static ImageSet images(ImageShape shape, int... labels) {
        return new ImageSet(shape, new byte[labels.length * shape.values()], labels);
    }

    private static Dataset of(List<String> names, ImageSet train, ImageSet test) {
        return new Dataset("t", names, SMALL, train, test, Provenance.inMemory("test"));
    }

    @Test
    void tellsModelsAndViewsItsSizes() {
        Dataset data = SyntheticData.bands(new ImageShape(6, 5, 3), 3, 30, 9, 1);
        assertEquals(3, data.classCount());
        assertEquals(90, data.inputCount(), "6 × 5 pixels × 3 channels");
        assertEquals("Ωμέγα", data.className(1));
        assertEquals(new DatasetSignature(data.classNames(), new ImageShape(6, 5, 3)), data.signature());
        assertEquals("bands: 3 classes, 6×5 colour, 30 training and 9 test images", data.describe());
    }

    @Test
    void refusesFewerThanTwoOrMoreThanAThousandClasses() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> of(List.of("only"), images(SMALL, 0), images(SMALL, 0)));
        assertEquals("a data set needs at least 2 classes, this one has 1", one.getMessage());
        List<String> many = IntStream.range(0, 1001).mapToObj(i -> "c" + i).toList();
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> of(many, images(SMALL, 0), images(SMALL, 0)));
        assertEquals("a data set has at most 1,000 classes, this one has 1,001", tooMany.getMessage());
        List<String> hundred = IntStream.range(0, 100).mapToObj(i -> "c" + i).toList();
        assertEquals(100, of(hundred, images(SMALL, 99), images(SMALL, 0)).classCount());
    }

    @Test
    void refusesRepeatedOrBlankNamesAndLabelsBeyondTheClasses() {
        assertEquals("two classes are both called \"a\"", assertThrows(IllegalArgumentException.class,
                () -> of(List.of("a", "a"), images(SMALL, 0), images(SMALL, 0))).getMessage());
        assertEquals("class 1 has a blank name", assertThrows(IllegalArgumentException.class,
                () -> of(List.of("a", " "), images(SMALL, 0), images(SMALL, 0))).getMessage());
        assertEquals("a test image has label 2, but there are only 2 classes (0–1)",
                assertThrows(IllegalArgumentException.class,
                        () -> of(List.of("a", "b"), images(SMALL, 0), images(SMALL, 2))).getMessage());
    }

    @Test
    void refusesSplitsOfAnotherShapeOrEmpty() {
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> of(List.of("a", "b"), images(new ImageShape(4, 3, 3), 0), images(SMALL, 0)));
        assertEquals("the training images are 4×3 colour, the data set's 4×3 grayscale", shape.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> of(List.of("a", "b"), images(SMALL), images(SMALL, 0))).getMessage().contains("no images"));
    }

    @Test
    void colourImagesAreChannelMajorAsPyTorchFlattensThem() {
        ImageShape shape = new ImageShape(1, 2, 3);
        // red plane (2 pixels), green plane, blue plane
        ImageSet set = new ImageSet(shape, new byte[] {10, 20, 30, 40, (byte) 250, 60}, new int[] {0});
        assertEquals(0xFF0A1EFA, set.argb(0, 0, 0), "pixel 0: red 10, green 30, blue 250");
        assertEquals(0xFF14283C, set.argb(0, 0, 1));
        assertEquals((10 + 30 + 250) / 3, set.pixel(0, 0, 0));
        float[] row = set.scaledRow(0);
        assertEquals(6, row.length);
        assertEquals(250 / 255f, row[4], 1e-7);
    }

    @Test
    void aModelMadeForAnotherDataSetIsToldApart() {
        DatasetSignature fashion = DatasetSignature.FASHION_MNIST;
        DatasetSignature mnist = new DatasetSignature(MnistFamily.MNIST.classNames(), ImageShape.MNIST);
        DatasetSignature colour = new DatasetSignature(List.of("猫", "狗", "鱼"), new ImageShape(32, 32, 3));
        assertTrue(fashion.mismatch(fashion).isEmpty());
        assertEquals("the model's classes are T-shirt/top, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, "
                + "Ankle boot; the data set's are 0, 1, 2, 3, 4, 5, 6, 7, 8, 9", fashion.mismatch(mnist).orElseThrow());
        assertEquals("the model is for 10 classes of 28×28 grayscale images, the data set has 3 classes of 32×32 "
                + "colour images", fashion.mismatch(colour).orElseThrow());
    }

    @Test
    void imageShapesHaveAStableToken() {
        assertEquals("28x28x1", ImageShape.MNIST.token());
        assertEquals(new ImageShape(32, 16, 3), ImageShape.parseToken("32x16x3"));
        assertThrows(IllegalArgumentException.class, () -> new ImageShape(28, 28, 2));
        assertThrows(IllegalArgumentException.class, () -> new ImageShape(0, 28, 1));
    }
}
