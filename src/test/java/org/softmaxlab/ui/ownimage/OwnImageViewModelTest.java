package org.softmaxlab.ui.ownimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.inspect.Drawing;
import org.softmaxlab.inspect.HugePng;
import org.softmaxlab.inspect.Stroke;
import org.softmaxlab.inspect.ImageImport;
import org.softmaxlab.inspect.ImageImportException;
import org.softmaxlab.ui.inspect.Fixtures;
import org.softmaxlab.ui.tasks.BackgroundTasks;

@Tag("locale")
class OwnImageViewModelTest {

    private final OwnImageViewModel vm = new OwnImageViewModel(BackgroundTasks.sameThread());

    /** Weights that make class 6 the most likely for any bright picture: only its column is positive. */
    private static float[] weightsFavouring(int favoured) {
        float[] parameters = new float[7850];
        for (int p = 0; p < 784; p++) {
            parameters[p * 10 + favoured] = 0.01f;
        }
        return parameters;
    }

    @Test
    void aDrawingIsCentredLikeMnistAndClassifiedStrokeByStroke() {
        // Class 1 likes ink in the middle columns, class 0 ink at the left edge.
        float[] parameters = new float[7850];
        for (int p = 0; p < 784; p++) {
            int col = p % 28;
            parameters[p * 10 + 1] = col >= 12 && col <= 15 ? 0.05f : 0f;
            parameters[p * 10] = col <= 5 ? 0.05f : 0f;
        }
        vm.setWeights(parameters);
        // A vertical stroke at the pad's far left: laid out MNIST's way it stands in the middle.
        vm.useDrawing(Drawing.empty(280, 280).with(Stroke.of(20, 40, 20, 240)));
        assertEquals(1, vm.predictedProperty().get());
        assertEquals("Your drawing", vm.fileNameProperty().get());
        float[] pixels = vm.pixelsProperty().get();
        assertTrue(pixels[14 * 28 + 13] + pixels[14 * 28 + 14] > 1.5f, "ink in the middle");
        vm.useDrawing(Drawing.empty(280, 280));
        assertNull(vm.pixelsProperty().get(), "a cleared pad shows no picture");
        assertEquals(-1, vm.predictedProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("No picture yet"), vm.messageProperty().get());
    }

    @Test
    void classifyingAtEachWeightCopyRunsInTheBackgroundAndOnlyTheNewestCopyCounts(@TempDir Path dir)
            throws Exception {
        java.util.List<Runnable> background = new java.util.ArrayList<>();
        OwnImageViewModel deferred = new OwnImageViewModel(new BackgroundTasks(background::add, Runnable::run));
        deferred.load(Fixtures.writePng(Fixtures.images(5), 3, dir.resolve("shirt.png")));
        background.remove(0).run(); // the picture is read
        deferred.setWeights(weightsFavouring(6));
        deferred.setWeights(weightsFavouring(2)); // the next pulse's copy, before the first was classified
        assertNull(deferred.probabilitiesProperty().get(), "nothing is classified on the calling (JavaFX) thread");
        assertEquals(2, background.size());
        background.forEach(Runnable::run);
        assertEquals(2, deferred.predictedProperty().get(), "the newest weights' answer, the older one dropped");
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

    /** A {@code width}×{@code height} PNG of one gray value, or with a dark bar across the middle. */
    private static Path png(Path file, int width, int height, boolean bar) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(128, 128, 128));
        g.fillRect(0, 0, width, height);
        if (bar) {
            g.setColor(java.awt.Color.BLACK);
            g.fillRect(0, height / 3, width, Math.max(1, height / 3));
        }
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void aBlankPictureGetsNoConfidentAnswer(@TempDir Path dir) throws Exception {
        vm.setWeights(weightsFavouring(8));
        vm.load(png(dir.resolve("grey.png"), 300, 300, false));
        assertNotNull(vm.probabilitiesProperty().get(), "the bars still show what the model computes");
        assertEquals("A blank picture: nothing to classify", vm.resultProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Every pixel has the same shade"), vm.messageProperty().get());
    }

    @Test
    void aPictureSmallerThanTheInputIsSaidToBe(@TempDir Path dir) throws Exception {
        vm.setWeights(weightsFavouring(8));
        vm.load(png(dir.resolve("dot.png"), 1, 1, false));
        assertEquals("A blank picture: nothing to classify", vm.resultProperty().get(), "1×1 is blank too");
        vm.load(png(dir.resolve("small.png"), 12, 9, true));
        assertTrue(vm.resultProperty().get().startsWith("Looks like: Bag"), vm.resultProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("This picture measures only 12×9, smaller than the 28×28 input"),
                vm.messageProperty().get());
        vm.load(png(dir.resolve("large.png"), 56, 56, true));
        assertEquals("", vm.messageProperty().get(), "a picture large enough and not blank needs no warning");
    }
}
