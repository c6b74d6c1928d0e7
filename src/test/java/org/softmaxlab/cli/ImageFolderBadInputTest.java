package org.softmaxlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.testing.BadImageFolders;

/**
 * Issue 22 item 8 on the command line: {@code train --dataset DIR} on each bad image folder either exits 3
 * saying what is wrong and what to do, or trains and lists what it skipped. The data layer's side of the
 * same folders is {@code ImageFolderTest}.
 */
@Timeout(120)
class ImageFolderBadInputTest extends CommandLineCapture {

    @TempDir
    Path tmp;

    private AppDirectories directories;
    /** Where the command's standard error goes: {@link #err}, or a test's tap on it. */
    private ByteArrayOutputStream errTarget = err;

    private int train(Path folder, String... more) {
        TrainCommand command = new TrainCommand(stream(out), stream(errTarget), false);
        command.data.directories = directories != null ? directories : AppDirectories.under(tmp.resolve("home"));
        command.data.searchLocator = DatasetLocator.searching(command.data.directories, java.util.Map.of(),
                tmp.resolve("no-system-copy"));
        String[] args = new String[4 + more.length];
        args[0] = "--dataset";
        args[1] = folder.toString();
        args[2] = "--epochs";
        args[3] = "1";
        System.arraycopy(more, 0, args, 4, more.length);
        return run(command, args);
    }

    private String said() {
        return text(errTarget);
    }

    private void refused(Path folder, String expected) {
        assertEquals(ExitCode.DATASET_PROBLEM, train(folder), said());
        assertTrue(said().contains("softmaxlab: " + expected), said());
    }

    @Test
    void aFolderWithoutClassSubFoldersExitsThree() throws IOException {
        Path flat = BadImageFolders.noClassFolders(tmp.resolve("flat"));
        refused(flat, flat + ": holds neither the four IDX files (train-images-idx3-ubyte and the rest) nor one "
                + "sub-folder of images per class; choose a folder that does");
    }

    @Test
    void oneClassExitsThree() throws IOException {
        Path one = BadImageFolders.oneClass(tmp.resolve("one"));
        refused(one, one + ": holds only one class (cat/); a classifier needs at least two: add a sub-folder of "
                + "images for each other class");
    }

    @Test
    void anEmptyClassExitsThree() throws IOException {
        Path empty = BadImageFolders.emptyClass(tmp.resolve("empty"));
        refused(empty, empty + ": class dog (dog/) holds no images (PNG, JPEG, GIF or BMP); add some, or remove the "
                + "folder");
    }

    @Test
    void thousandsOfClassesExitThree() throws IOException {
        Path many = BadImageFolders.manyClasses(tmp.resolve("many"), 2500);
        refused(many, many + ": holds 2,500 class sub-folders; SoftmaxLab reads at most 1,000 classes: choose the "
                + "folder of one lesson's classes");
    }

    @Test
    void trainWithoutTestExitsThree() throws IOException {
        Path half = BadImageFolders.trainWithoutTest(tmp.resolve("half"));
        refused(half, half + ": has train/ but no test/; add test/ with the same class sub-folders, or move the "
                + "class sub-folders up into the folder to have 20 % of each class held back for testing");
    }

    @Test
    void awkwardFilesTrainAndTheUnreadableOnesAreListed() throws IOException {
        Path folder = BadImageFolders.awkwardFiles(tmp.resolve("awkward"));
        assertEquals(ExitCode.DONE, train(folder, "--batch-size", "4"), said());
        String said = said();
        assertTrue(said.contains("awkward from " + folder + ": 2 classes, 28×28 colour, "), said);
        assertTrue(said.contains("3 unreadable images skipped: "), said);
        assertTrue(said.contains("红/cut.png: truncated or damaged"), said);
        assertTrue(said.contains("blue/fake.jpg: not a picture the image readers know (PNG, JPEG, GIF, BMP); "
                + "convert it"), said);
        assertTrue(said.contains("blue/huge.png: too large to read (100000 × 100000 pixels); scale it down"), said);
        assertTrue(!said.contains("notes.txt") && !said.contains(".hidden") && !said.contains("loop.png")
                && !said.contains("cmyk") && !said.contains("sixteen"), "ignored or read, not listed: " + said);
    }

    @Test
    void aFolderThatChangesWhileItLoadsExitsThree() throws IOException {
        Path folder = BadImageFolders.awkwardFiles(tmp.resolve("changing"));
        Path late = folder.resolve(BadImageFolders.CLASSES.get(0)).resolve("late.png");
        // The first progress line is printed from a decoding thread mid-load: a copy still under way adds a file.
        ByteArrayOutputStream tap = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                if (toString(StandardCharsets.UTF_8).contains("decoding ") && !Files.exists(late)) {
                    try {
                        ImageIO.write(BadImageFolders.square(20, java.awt.Color.WHITE, java.awt.Color.RED), "png",
                                late.toFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
        errTarget = tap;
        assertEquals(ExitCode.DATASET_PROBLEM, train(folder), said());
        assertTrue(said().contains("decoding 17 images"), said());
        assertTrue(said().contains("softmaxlab: " + folder + ": the folder changed while it was read (files were "
                + "added, removed or changed); read it again once copying into it has finished"), said());
    }

    @Test
    void aCacheThatCannotBeWrittenStillTrainsAndSaysSo() throws IOException {
        Path folder = BadImageFolders.awkwardFiles(tmp.resolve("uncached"));
        directories = AppDirectories.under(tmp.resolve("blocked-home"));
        Files.createDirectories(directories.cacheDir());
        Files.writeString(directories.cacheDir().resolve("image-folders"), "a file where the cache's folder should be");
        assertEquals(ExitCode.DONE, train(folder, "--batch-size", "4"), said());
        assertTrue(said().contains("; not cached (" + directories.cacheDir().resolve("image-folders")), said());
        assertTrue(said().contains("it is decoded from the folder again each time until SoftmaxLab's cache folder can "
                + "be written"), said());
    }

    @Test
    void classNamesInAnyScriptTrain() throws IOException {
        Path folder = tmp.resolve("كتابة");
        for (String name : new String[] {"قطة", "कुत्ता", "猫"}) {
            for (int i = 0; i < 5; i++) {
                Files.createDirectories(folder.resolve(name));
                ImageIO.write(BadImageFolders.square(20 + i, java.awt.Color.WHITE, java.awt.Color.GREEN), "png",
                        folder.resolve(name).resolve(i + ".png").toFile());
            }
        }
        assertEquals(ExitCode.DONE, train(folder, "--batch-size", "4"), said());
        assertTrue(said().contains("كتابة from " + folder + ": 3 classes, 28×28 colour, 12 training and 3 test images"),
                said());
    }
}
