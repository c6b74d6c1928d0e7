package org.softmaxlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.data.DatasetLocator;
import picocli.CommandLine;

/** {@code train --dataset DIR} with an image folder, the image options, bad folders (exit 3), and {@code datasets}. */
@Timeout(120)
class DatasetOptionTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    private int train(String... args) {
        TrainCommand command = new TrainCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        command.data.directories = AppDirectories.under(tmp.resolve("home"));
        command.data.searchLocator = DatasetLocator.searching(command.data.directories, java.util.Map.of(),
                tmp.resolve("no-system-copy"));
        return new CommandLine(command).execute(args);
    }

    private Path imageFolder() throws Exception {
        Path folder = tmp.resolve("shapes");
        Color[] colours = {Color.RED, Color.BLUE};
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 10; i++) {
                BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setColor(colours[c]);
                g.fillOval(i % 5, i % 3, 12 + i, 12);
                g.dispose();
                Path file = folder.resolve(c == 0 ? "红" : "blue").resolve(i + ".png");
                Files.createDirectories(file.getParent());
                ImageIO.write(image, "png", file.toFile());
            }
        }
        return folder;
    }

    @Test
    void anImageFolderTrainsAtTheChosenSizeAndColour() throws Exception {
        Path folder = imageFolder();
        assertEquals(ExitCode.DONE, train("--dataset", folder.toString(), "--image-size", "12", "--colour", "color",
                "--epochs", "2", "--batch-size", "4"), err.toString(StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("shapes from " + folder + ": 2 classes, 12×12 colour, 16 training and 4 test images"),
                said);
        assertTrue(said.contains("split: 20 % of each class held back for testing (seed 42)"), said);
    }

    @Test
    void aFolderThatIsNoDataSetExitsThreeSayingWhatToDo() throws Exception {
        Path one = tmp.resolve("one");
        Files.createDirectories(one.resolve("cat"));
        assertEquals(ExitCode.DATASET_PROBLEM, train("--dataset", one.toString(), "--epochs", "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("holds only one class (cat/)"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(ExitCode.DATASET_PROBLEM, train("--dataset", imageFolder().toString(), "--image-size", "3"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the image size must be 8 to 128 pixels, was 3"));
    }

    @Test
    void datasetsListsTheKnownNamesAndTheCache() throws Exception {
        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        DatasetsCommand command = new DatasetsCommand(new PrintStream(listed, true, StandardCharsets.UTF_8));
        command.directories = AppDirectories.under(tmp.resolve("home"));
        command.fashionLocator = DatasetLocator.searching(command.directories, java.util.Map.of(), tmp.resolve("none"));
        assertEquals(ExitCode.DONE, new CommandLine(command).execute());
        String text = listed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("fashion-mnist  Fashion-MNIST    not found; downloaded on first use into "), text);
        assertTrue(text.contains("mnist          MNIST            not cached; downloaded on first use into "), text);
        assertTrue(text.contains("kmnist         Kuzushiji-MNIST  not cached"), text);
        assertTrue(text.contains("image folders  0 cached in "), text);
    }
}
