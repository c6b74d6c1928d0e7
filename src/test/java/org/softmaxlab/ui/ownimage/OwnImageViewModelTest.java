package org.softmaxlab.ui.ownimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.inspect.HugePng;
import org.softmaxlab.inspect.ImageImport;
import org.softmaxlab.inspect.ImageImportException;
import org.softmaxlab.ui.inspect.Fixtures;

class OwnImageViewModelTest {

    private static final Executor NOW = Runnable::run;

    private final OwnImageViewModel vm = new OwnImageViewModel(NOW, NOW);

    /** Weights that make class 6 the most likely for any bright picture: only its column is positive. */
    private static float[] weightsFavouring(int favoured) {
        float[] parameters = new float[7850];
        for (int p = 0; p < 784; p++) {
            parameters[p * 10 + favoured] = 0.01f;
        }
        return parameters;
    }

    @Test
    void withoutAPictureItSaysHowToGiveOne() {
        assertNull(vm.probabilitiesProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("No picture yet"), vm.messageProperty().get());
        vm.setWeights(weightsFavouring(6));
        assertNull(vm.probabilitiesProperty().get());
    }

    @Test
    void aPictureIsClassifiedOnceThereIsAModel(@TempDir Path dir) throws Exception {
        ImageSet images = Fixtures.images(5);
        Path file = Fixtures.writePng(images, 3, dir.resolve("shirt.png"));
        vm.load(file);
        assertEquals("shirt.png", vm.fileNameProperty().get());
        assertEquals(784, vm.pixelsProperty().get().length);
        assertNull(vm.probabilitiesProperty().get());
        assertEquals("Train a model first: then it classifies this picture.", vm.messageProperty().get());

        vm.setWeights(weightsFavouring(6));
        float[] p = vm.probabilitiesProperty().get();
        assertNotNull(p);
        assertEquals(10, p.length);
        double sum = 0;
        for (float v : p) {
            sum += v;
        }
        assertEquals(1.0, sum, 1e-5);
        assertEquals(6, vm.predictedProperty().get());
        assertEquals(String.format(Locale.US, "Looks like: Shirt (%.1f%%)", 100 * p[6]), vm.resultProperty().get());
        assertEquals("", vm.messageProperty().get());

        // The same conversion as ImageImport's own: the view-model adds nothing to the pixels.
        float[] expected = ImageImport.read(file, ImageShape.MNIST);
        assertEquals(expected.length, vm.pixelsProperty().get().length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], vm.pixelsProperty().get()[i], "pixel " + i);
        }

        vm.setWeights(null); // Reset: the picture stays, the answer goes
        assertNull(vm.probabilitiesProperty().get());
        assertNotNull(vm.pixelsProperty().get());
    }

    @Test
    void anUnreadableFileGetsImageImportsMessage(@TempDir Path dir) throws Exception {
        vm.setWeights(weightsFavouring(2));
        vm.load(Fixtures.writePng(Fixtures.images(1), 0, dir.resolve("good.png")));
        assertNotNull(vm.probabilitiesProperty().get());

        Path notAPicture = Files.writeString(dir.resolve("notes.png"), "not a picture");
        vm.load(notAPicture);
        String expected = assertThrowsImport(notAPicture);
        assertEquals(expected, vm.messageProperty().get());
        assertTrue(expected.contains("notes.png"), expected);
        assertNull(vm.pixelsProperty().get(), "the previous picture is not left on screen");
        assertNull(vm.probabilitiesProperty().get());

        vm.load(dir.resolve("missing.jpg"));
        assertEquals("missing.jpg does not exist. Check its name, or choose another file.", vm.messageProperty().get());
    }

    @Test
    void aPictureTooLargeToReadSaysSoInsteadOfReadingForever(@TempDir Path dir) throws Exception {
        Path giant = HugePng.headerOnly(dir.resolve("giant.png"), 50_000, 40_000);
        vm.load(giant);
        assertTrue(vm.failedProperty().get(), "shown as a failure");
        assertEquals("giant.png is too large to read (50000 \u00d7 40000 pixels). Scale it down to at most 1,000"
                + " megapixels, or use a smaller copy.", vm.messageProperty().get());
        assertNull(vm.pixelsProperty().get());
        String said = vm.messageProperty().get();
        vm.setWeights(weightsFavouring(1)); // the model trains on: the failure stays said
        assertEquals(said, vm.messageProperty().get());
        assertTrue(vm.failedProperty().get());
    }

    private static String assertThrowsImport(Path file) {
        try {
            ImageImport.read(file, ImageShape.MNIST);
        } catch (ImageImportException e) {
            return e.getMessage();
        }
        throw new AssertionError("ImageImport read " + file);
    }
}
