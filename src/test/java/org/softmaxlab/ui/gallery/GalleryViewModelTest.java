package org.softmaxlab.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.testing.FashionModels;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.inspect.ConfusionMatrix;
import org.softmaxlab.inspect.ContactSheet;
import org.softmaxlab.inspect.Evidence;
import org.softmaxlab.inspect.GalleryQuery;
import org.softmaxlab.inspect.GallerySort;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.ui.confusion.ConfusionViewModel;
import org.softmaxlab.ui.inspect.Fixtures;
import org.softmaxlab.ui.tasks.BackgroundTasks;

@Tag("locale")
class GalleryViewModelTest {

    /** 3,000 images, 1,648 of them wrong: enough for the count's digit grouping to show. */
    private static final Evaluation EVALUATION = Fixtures.evaluation(3_000, 1_648);

    private final GalleryViewModel vm = new GalleryViewModel(BackgroundTasks.sameThread());

    private List<GalleryItem> items() {
        return List.copyOf(vm.items());
    }

    @Test
    void beforeAnEvaluationItSaysToTrainFirst() {
        assertEquals(List.of(), items());
        assertEquals("No test results yet", vm.countTextProperty().get());
        assertTrue(vm.emptyTextProperty().get().startsWith("Train a model"), vm.emptyTextProperty().get());
    }

    @Test
    void showsEveryWrongImageMostConfidentlyWrongFirst() {
        vm.setEvaluation(EVALUATION);
        assertEquals(1_648, items().size());
        assertEquals("1,648 of 1,648 wrong", vm.countTextProperty().get());
        assertEquals("", vm.emptyTextProperty().get());
        for (int k = 1; k < items().size(); k++) {
            GalleryItem a = items().get(k - 1);
            GalleryItem b = items().get(k);
            assertNotEquals(a.trueClass(), a.predictedClass());
            // Most confidently wrong by what the tiles show: p(predicted) never rises further down the list
            // (sorted by the loss, "Coat 76%" came before "Dress 100%").
            assertTrue(a.predictedProbability() >= b.predictedProbability(), "order at " + k + ": "
                    + a.predictedProbability() + " before " + b.predictedProbability());
        }
        GalleryItem first = items().get(0);
        assertEquals(Fixtures.confidence(first.index()), first.predictedProbability(), 1e-6);
    }

    @Test
    void aConfusionCellDropsAPickedImageThatIsNotInItAndNamesTheOrderForItsImages() {
        vm.setEvaluation(EVALUATION);
        GalleryItem picked = items().get(0);
        vm.select(picked);
        int other = (picked.trueClass() + 1) % 10;
        vm.showPair(other, other); // a diagonal cell: correct images, so the picked mistake is not among them
        assertNull(vm.selectedProperty().get(), "the detail no longer shows an image outside the filter");
        assertNull(vm.selectedProbabilitiesProperty().get());
        assertTrue(vm.showsCorrectProperty().get());
        assertEquals("Least confident first", vm.sortName(GallerySort.MOST_CONFIDENTLY_WRONG));
        assertEquals("Test set order", vm.sortName(GallerySort.TEST_INDEX));

        GalleryItem correct = items().get(0);
        vm.select(correct);
        vm.sortProperty().set(GallerySort.TEST_INDEX); // the same images in another order: the pick stays
        assertEquals(correct, vm.selectedProperty().get());
        vm.showAll();
        assertFalse(vm.showsCorrectProperty().get());
        assertEquals("Most confidently wrong first", vm.sortName(GallerySort.MOST_CONFIDENTLY_WRONG));
        assertNull(vm.selectedProperty().get(), "a correct image is not among the mistakes");
    }

    @Test
    void filtersByTrueClassByPredictedClassAndBoth() {
        vm.setEvaluation(EVALUATION);
        vm.trueClassProperty().set(3);
        long expected = countWrong(3, GalleryQuery.ANY);
        assertEquals(expected, items().size());
        assertTrue(items().stream().allMatch(i -> i.trueClass() == 3));
        assertEquals(String.format(Locale.US, "%d of 1,648 wrong", expected), vm.countTextProperty().get());

        vm.trueClassProperty().set(GalleryQuery.ANY);
        vm.predictedClassProperty().set(5);
        assertEquals(countWrong(GalleryQuery.ANY, 5), items().size());
        assertTrue(items().stream().allMatch(i -> i.predictedClass() == 5 && i.trueClass() != 5));

        vm.trueClassProperty().set(4);
        assertEquals(countWrong(4, 5), items().size());
        assertTrue(items().size() > 0);
        assertTrue(items().stream().allMatch(i -> i.trueClass() == 4 && i.predictedClass() == 5));

        vm.trueClassProperty().set(7);
        assertEquals(List.of(), items(), "7 is only ever taken for 8 or 9");
        assertEquals("No test images match these filters.", vm.emptyTextProperty().get());
    }

    private static long countWrong(int trueClass, int predictedClass) {
        int n = 0;
        for (int i = 0; i < EVALUATION.size(); i++) {
            boolean wrong = !EVALUATION.isCorrect(i);
            boolean t = trueClass == GalleryQuery.ANY || EVALUATION.label(i) == trueClass;
            boolean p = predictedClass == GalleryQuery.ANY || EVALUATION.prediction(i) == predictedClass;
            n += wrong && t && p ? 1 : 0;
        }
        return n;
    }

    @Test
    void sortsByTestIndexOnRequest() {
        vm.setEvaluation(EVALUATION);
        vm.sortProperty().set(GallerySort.TEST_INDEX);
        int[] indices = items().stream().mapToInt(GalleryItem::index).toArray();
        assertArrayEquals(java.util.stream.IntStream.range(0, 1_648).toArray(), indices);
    }

    @Test
    void aConfusionCellClickShowsExactlyThatPair() {
        ConfusionViewModel confusion = new ConfusionViewModel(BackgroundTasks.sameThread());
        confusion.setOnCellChosen(vm::showPair);
        vm.setEvaluation(EVALUATION);
        confusion.setEvaluation(EVALUATION);
        ConfusionMatrix matrix = confusion.matrixProperty().get();

        confusion.choose(2, 3);
        assertEquals(2, vm.trueClassProperty().get());
        assertEquals(3, vm.predictedClassProperty().get());
        assertEquals(matrix.count(2, 3), items().size());
        assertTrue(items().stream().allMatch(i -> i.trueClass() == 2 && i.predictedClass() == 3));

        // The diagonal: the class's correctly classified images.
        confusion.choose(6, 6);
        assertEquals(matrix.count(6, 6), items().size());
        assertTrue(items().stream().allMatch(i -> i.trueClass() == 6 && i.predictedClass() == 6));
        assertEquals(String.format(Locale.US, "%d of %d Shirt images classified correctly", matrix.count(6, 6),
                matrix.rowTotal(6)), vm.countTextProperty().get());

        vm.showAll();
        assertEquals(GalleryQuery.ANY, vm.trueClassProperty().get());
        assertEquals(GalleryQuery.ANY, vm.predictedClassProperty().get());
        assertEquals(1_648, items().size());
    }

    /**
     * Mid-run the model moves on after an epoch's evaluation; the detail of a tile must still explain
     * the tile: its evidence maps' logits give the tile's prediction and the bars' probabilities.
     */
    @Test
    void theDetailExplainsTheTileWithTheWeightsOfTheEvaluationThatMadeIt() {
        ImageSet images = Fixtures.images(300);
        float[] evaluated = Fixtures.linearParameters(1);
        vm.setImages(images);
        vm.setEvaluation(Fixtures.evaluationOf(images, evaluated));
        Arrays.fill(evaluated, 0f); // the run trains on in place; the evaluation kept its own copy
        for (GalleryItem picked : List.of(items().get(0), items().get(items().size() - 1))) {
            vm.select(picked);
            assertDetailAgreesWithTile(images, picked);
        }

        GalleryItem kept = vm.selectedProperty().get();
        vm.setEvaluation(Fixtures.evaluationOf(images, Fixtures.linearParameters(2))); // the next epoch
        assertEquals(kept.index(), vm.selectedProperty().get().index());
        assertDetailAgreesWithTile(images, vm.selectedProperty().get());

        vm.setEvaluation(EVALUATION); // predictions without known parameters: no evidence maps
        vm.select(items().get(0));
        assertNull(vm.selectedParametersProperty().get());
    }

    private void assertDetailAgreesWithTile(ImageSet images, GalleryItem tile) {
        float[] pixels = new float[ImageShape.MNIST.values()];
        images.copyScaledRow(tile.index(), pixels, 0);
        Evidence evidence = Evidence.of(FashionModels.spec(vm.selectedParametersProperty().get()), vm.selectedParametersProperty().get(), pixels, tile.predictedClass(),
                tile.trueClass());
        float[] shown = vm.selectedProbabilitiesProperty().get();
        int best = 0;
        for (int c = 0; c < 10; c++) {
            assertEquals(shown[c], evidence.probability(c), 1e-5, "p of class " + c + " for image " + tile.index());
            best = evidence.logit(c) > evidence.logit(best) ? c : best;
        }
        assertEquals(tile.predictedClass(), best, "the evidence's largest logit is the tile's prediction");
        assertEquals(tile.predictedProbability(), evidence.probability(best), 1e-5);
    }

    @Test
    void theSelectionFollowsNewerEvaluations() {
        vm.setEvaluation(EVALUATION);
        GalleryItem picked = items().get(10);
        vm.select(picked);
        assertArrayEquals(EVALUATION.probabilities(picked.index()), vm.selectedProbabilitiesProperty().get());

        Evaluation later = Fixtures.evaluation(3_000, 100); // the picked image may now be right
        vm.setEvaluation(later);
        assertEquals(picked.index(), vm.selectedProperty().get().index());
        assertEquals(later.prediction(picked.index()), vm.selectedProperty().get().predictedClass());
        assertArrayEquals(later.probabilities(picked.index()), vm.selectedProbabilitiesProperty().get());
        assertEquals(100, items().size());

        vm.setEvaluation(null); // Reset
        assertEquals(List.of(), items());
        assertNull(vm.selectedProperty().get());
        assertEquals("No test results yet", vm.countTextProperty().get());
    }

    @Test
    void exportsTheShownImagesAsAContactSheet(@TempDir Path dir) throws Exception {
        ImageSet images = Fixtures.images(3_000);
        vm.setImages(images);
        vm.setEvaluation(EVALUATION);
        vm.showPair(4, 5);
        List<GalleryItem> shown = items();
        Path file = dir.resolve("sheet.png");
        vm.exportContactSheet(file);

        assertEquals("Saved " + file, vm.exportMessageProperty().get());
        BufferedImage sheet = ImageIO.read(file.toFile());
        int columns = ContactSheet.columns(shown.size());
        int rows = (shown.size() + columns - 1) / columns;
        assertEquals(2 * ContactSheet.MARGIN + columns * ContactSheet.TILE_WIDTH, sheet.getWidth());
        assertEquals(2 * ContactSheet.MARGIN + ContactSheet.TITLE_HEIGHT + rows * ContactSheet.TILE_HEIGHT,
                sheet.getHeight());
        // Each tile holds its own image, pixel for pixel (every pixel a SCALE×SCALE square).
        for (int k : new int[] {0, shown.size() / 2, shown.size() - 1}) {
            int[] origin = ContactSheet.imageOrigin(k, shown.size());
            int index = shown.get(k).index();
            for (int[] rc : new int[][] {{0, 0}, {5, 20}, {27, 27}}) {
                int x = origin[0] + rc[1] * ContactSheet.SCALE + ContactSheet.SCALE - 1;
                int y = origin[1] + rc[0] * ContactSheet.SCALE + ContactSheet.SCALE - 1;
                assertEquals(images.pixel(index, rc[0], rc[1]), sheet.getRaster().getSample(x, y, 0),
                        "tile " + k + " pixel " + rc[0] + "," + rc[1]);
            }
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }
}
