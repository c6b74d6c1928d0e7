package org.softmaxlab.ui.confusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.inspect.ConfusionMatrix;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.ui.inspect.Fixtures;
import org.softmaxlab.ui.tasks.BackgroundTasks;

@Tag("locale")
class ConfusionViewModelTest {

    private static final Evaluation EVALUATION = Fixtures.evaluation(3_000, 1_648);

    private final ConfusionViewModel vm = new ConfusionViewModel(BackgroundTasks.sameThread());

    @Test
    void cellsShowCountsSharesAndAccuracy() {
        assertEquals("", vm.cellText(0, 0));
        assertTrue(vm.overallText().startsWith("Train a model"));
        vm.setEvaluation(EVALUATION);
        ConfusionMatrix m = vm.matrixProperty().get();
        // Class 0: images 0, 10, … 2990 (300); of those below 1,648 (165) are wrong, alternately +1 and +2.
        assertEquals(300, m.rowTotal(0));
        assertEquals("135", vm.cellText(0, 0));
        assertEquals(165, m.count(0, 1) + m.count(0, 2));
        assertEquals("45.0%", vm.accuracyText(0));
        assertEquals("Test set: 1,352 of 3,000 correct (45.1%)", vm.overallText());
        assertEquals("T-shirt/top classified correctly: 135 (45.0% of T-shirt/top). Click to see them.",
                vm.cellTooltip(0, 0));
        assertTrue(vm.cellTooltip(0, 1).startsWith("T-shirt/top taken for Trouser: "), vm.cellTooltip(0, 1));
    }

    @Test
    void shadesAreRowSharesWithConfusionsScaledToTheWorst() {
        vm.setEvaluation(EVALUATION);
        ConfusionMatrix m = vm.matrixProperty().get();
        assertEquals(m.classAccuracy(3), vm.shade(3, 3), 1e-12);
        double worst = 0;
        int worstT = -1;
        int worstP = -1;
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                if (t != p && m.rowFraction(t, p) > worst) {
                    worst = m.rowFraction(t, p);
                    worstT = t;
                    worstP = p;
                }
            }
        }
        assertEquals(1.0, vm.shade(worstT, worstP), 1e-12);
        assertEquals(m.rowFraction(0, 1) / worst, vm.shade(0, 1), 1e-12);
        assertEquals(0.0, vm.shade(0, 5), "never confused");
    }

    @Test
    void aClickReportsTheCellOnlyOnceThereIsAMatrix() {
        List<String> chosen = new ArrayList<>();
        vm.setOnCellChosen((t, p) -> chosen.add(t + "," + p));
        vm.choose(1, 2);
        assertEquals(List.of(), chosen);
        vm.setEvaluation(EVALUATION);
        vm.choose(1, 2);
        vm.choose(4, 4);
        assertEquals(List.of("1,2", "4,4"), chosen);
        vm.setEvaluation(null);
        assertNull(vm.matrixProperty().get());
    }

    @Test
    void csvExportReadsBackAsTheMatrix(@TempDir Path dir) throws Exception {
        vm.setEvaluation(EVALUATION);
        ConfusionMatrix m = vm.matrixProperty().get();
        Path file = dir.resolve("matrix.csv");
        vm.exportCsv(file);
        assertEquals("Saved " + file, vm.exportMessageProperty().get());

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(11, lines.size());
        assertEquals("true\\predicted," + String.join(",", MnistFamily.FASHION_MNIST.classNames()) + ",total,accuracy", lines.get(0));
        int total = 0;
        for (int t = 0; t < 10; t++) {
            String[] cells = lines.get(t + 1).split(",");
            assertEquals(MnistFamily.FASHION_MNIST.classNames().get(t), cells[0]);
            for (int p = 0; p < 10; p++) {
                assertEquals(m.count(t, p), Integer.parseInt(cells[p + 1]), "cell " + t + "," + p);
            }
            assertEquals(m.rowTotal(t), Integer.parseInt(cells[11]));
            assertEquals(m.classAccuracy(t), Double.parseDouble(cells[12]), 1e-4);
            total += Integer.parseInt(cells[11]);
        }
        assertEquals(3_000, total);
    }

    @Test
    void pngExportWritesThePicture(@TempDir Path dir) throws Exception {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(7, 9, 0x123456);
        Path file = dir.resolve("matrix.png");
        vm.exportPng(file, picture);
        BufferedImage back = ImageIO.read(file.toFile());
        assertEquals(40, back.getWidth());
        assertEquals(30, back.getHeight());
        assertEquals(0x123456, back.getRGB(7, 9) & 0xFFFFFF);
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNoFile(@TempDir Path dir) throws Exception {
        vm.setEvaluation(EVALUATION);
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path target = notAFolder.resolve("matrix.csv");
        vm.exportCsv(target);
        assertTrue(vm.exportMessageProperty().get().startsWith("Could not save matrix.csv: "),
                vm.exportMessageProperty().get());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(notAFolder), files.toList(), "nothing written beside it");
        }
    }
}
