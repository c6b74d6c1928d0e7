package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.testing.BadImageFolders;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/** Image folders in torchvision's convention: conventions, split, cache, colour, and every kind of bad input. */
class ImageFolderTest {

    private static final Color[] COLOURS = {new Color(220, 40, 40), new Color(40, 200, 60), new Color(50, 70, 230)};
    private static final List<String> CLASSES = List.of("红色", "Ωμέγα", "синий");

    @TempDir
    Path tmp;

    private LoadContext context() {
        AppDirectories dirs = AppDirectories.under(tmp.resolve("home"));
        return new LoadContext(dirs, DatasetLocator.explicit(tmp), false, null, LoadProgress.NONE, () -> false);
    }

    private Dataset read(Path folder) throws DatasetException {
        return DataSources.load(DatasetRequest.folder(folder), context());
    }

    private static void writeImage(Path file, int width, int height, Color background, Color square, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        g.setColor(square);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            assertTrue(ImageIO.write(image, format, file.toFile()), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three colour classes of {@code perClass} images each, in mixed sizes and formats. */
    private Path colourFolder(int perClass) {
        Path folder = tmp.resolve("colours");
        String[] formats = {"png", "jpg", "bmp", "gif"};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < perClass; i++) {
                String format = formats[i % formats.length];
                writeImage(folder.resolve(CLASSES.get(c)).resolve("img" + i + "." + format), 30 + 7 * i, 20 + 5 * (i % 3),
                        Color.WHITE, COLOURS[c], format);
            }
        }
        return folder;
    }

    @Test
    void aColourFolderReadsSplitsAndTrains() throws Exception {
        Path folder = colourFolder(20);
        Files.writeString(folder.resolve(CLASSES.get(0)).resolve("notes.txt"), "not an image");
        Files.write(folder.resolve(CLASSES.get(1)).resolve(".hidden.png"), new byte[] {1, 2, 3});
        Files.createDirectories(folder.resolve(".git"));

        Dataset data = read(folder);
        assertEquals(CLASSES.stream().sorted().toList(), data.classNames(), "sorted by name, as torchvision does");
        assertEquals(new ImageShape(28, 28, 3), data.shape());
        assertEquals(48, data.train().size());
        assertEquals(12, data.test().size(), "20 % of each class's 20 images");
        int[] perClass = new int[3];
        for (int l : data.test().labels()) {
            perClass[l]++;
        }
        assertEquals(List.of(4, 4, 4), List.of(perClass[0], perClass[1], perClass[2]), "stratified");
        assertEquals("split: 20 % of each class held back for testing (seed 42); 48 training and 12 test images",
                data.provenance().note());
        assertEquals(Provenance.Kind.IMAGE_FOLDER, data.provenance().kind());
        // Padding with the border colour: the white page stays white in the corner.
        assertEquals(0xFFFFFFFF, data.train().argb(0, 0, 0) | 0x00010101);

        Nd4jRuntime.configureThreads(1);
        RunOutcome outcome = new Trainer(TrainingData.of(data)).run(TrainConfig.DEFAULTS.withEpochs(20).withBatchSize(8),
                TrainingListener.NONE, new TrainingControl());
        assertEquals(ModelSpec.of(ModelSpec.Kind.SOFTMAX, 0, 28 * 28 * 3, 3), outcome.model().spec());
        assertTrue(outcome.epochs().get(19).testAccuracy() > 0.9, "colours tell the classes apart: " + outcome.epochs().get(19));
    }

    @Test
    void theSecondReadComesFromTheCacheAndNothingIsWrittenIntoTheFolder() throws Exception {
        Path folder = colourFolder(5);
        List<Path> before = listAll(folder);
        Dataset first = read(folder);
        Path cacheRoot = AppDirectories.under(tmp.resolve("home")).cacheDir().resolve("image-folders");
        List<Path> entries = listAll(cacheRoot);
        assertTrue(entries.stream().anyMatch(p -> p.getFileName().toString().equals("data.bin")), entries.toString());
        assertTrue(entries.stream().anyMatch(p -> p.getFileName().toString().equals("split.txt")), "the split is remembered");
        assertEquals(before, listAll(folder), "nothing written into the user's folder");

        // Make the images unreadable without changing names, sizes or times: only a cache can still give them.
        for (Path p : listAll(folder)) {
            if (Files.isRegularFile(p)) {
                var time = Files.getLastModifiedTime(p);
                byte[] zeros = new byte[(int) Files.size(p)];
                Files.write(p, zeros);
                Files.setLastModifiedTime(p, time);
            }
        }
        Dataset second = read(folder);
        assertEquals(first.train().size(), second.train().size());
        assertEquals(first.train().argb(3, 10, 10), second.train().argb(3, 10, 10));

        // A changed folder is noticed: a new image makes it read again (and now every file is broken).
        writeImage(folder.resolve(CLASSES.get(0)).resolve("new.png"), 30, 30, Color.WHITE, COLOURS[0], "png");
        DatasetException e = assertThrows(DatasetException.class, () -> read(folder));
        assertTrue(e.getMessage().contains("has no readable image to train on"), e.getMessage());
    }

    @Test
    void grayscaleIsChosenForGrayImagesAndTheSizeIsAnOption() throws Exception {
        Path folder = tmp.resolve("gray");
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 5; i++) {
                writeImage(folder.resolve("c" + c).resolve(i + ".png"), 40, 40, Color.BLACK, c == 0 ? Color.WHITE
                        : Color.GRAY, "png");
            }
        }
        Dataset gray = read(folder);
        assertEquals(new ImageShape(28, 28, 1), gray.shape(), "RGB files whose pixels are gray are gray");
        Dataset small = DataSources.load(new DatasetRequest(null, folder, new ImageOptions(16,
                ImageOptions.ColourMode.COLOUR)), context());
        assertEquals(new ImageShape(16, 16, 3), small.shape());
    }

    @Test
    void trainAndTestSubFoldersAreTheSplit() throws Exception {
        Path folder = tmp.resolve("given");
        for (String split : List.of("train", "test")) {
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < (split.equals("train") ? 4 : 2); i++) {
                    writeImage(folder.resolve(split).resolve("k" + c).resolve(i + ".png"), 28, 28, Color.BLACK,
                            COLOURS[c], "png");
                }
            }
        }
        Dataset data = read(folder);
        assertEquals(List.of("k0", "k1"), data.classNames());
        assertEquals(8, data.train().size());
        assertEquals(4, data.test().size());
        assertTrue(data.provenance().note().startsWith("train/ and test/ as given"));
    }

    // ---- bad input ---------------------------------------------------------------------------------

    @Test
    void aFolderWithoutClassSubFoldersOneClassOrAnEmptyClassIsRefusedWithWhatToDo() throws Exception {
        Path flat = BadImageFolders.noClassFolders(tmp.resolve("flat"));
        assertEquals(flat + ": holds neither the four IDX files (train-images-idx3-ubyte and the rest) nor one "
                + "sub-folder of images per class; choose a folder that does", assertThrows(DatasetException.class,
                () -> read(flat)).getMessage());

        Path one = BadImageFolders.oneClass(tmp.resolve("one"));
        assertEquals(one + ": holds only one class (cat/); a classifier needs at least two: add a sub-folder of images "
                + "for each other class", assertThrows(DatasetException.class, () -> read(one)).getMessage());

        Path empty = BadImageFolders.emptyClass(tmp.resolve("empty"));
        assertEquals(empty + ": class dog (dog/) holds no images (PNG, JPEG, GIF or BMP); add some, or remove the "
                + "folder", assertThrows(DatasetException.class, () -> read(empty)).getMessage());
    }

    @Test
    void thousandsOfClassesAreRefused() throws Exception {
        Path many = BadImageFolders.manyClasses(tmp.resolve("many"), 1001);
        assertEquals(many + ": holds 1,001 class sub-folders; SoftmaxLab reads at most 1,000 classes: choose the folder "
                + "of one lesson's classes", assertThrows(DatasetException.class, () -> read(many)).getMessage());
    }

    @Test
    void truncatedHugeAndFakeImagesAreSkippedAndListed() throws Exception {
        Path folder = colourFolder(5);
        Path good = folder.resolve(CLASSES.get(0)).resolve("img0.png");
        byte[] png = Files.readAllBytes(good);
        Files.write(folder.resolve(CLASSES.get(0)).resolve("cut.png"), java.util.Arrays.copyOf(png, png.length / 2));
        Files.writeString(folder.resolve(CLASSES.get(1)).resolve("fake.jpg"), "this is text, not a JPEG");
        Files.write(folder.resolve(CLASSES.get(2)).resolve("huge.png"), BadImageFolders.hugePngHeader(100_000, 100_000));

        Dataset data = read(folder);
        assertEquals(15, data.train().size() + data.test().size(), "the 15 good images, the 3 bad ones skipped");
        String note = data.provenance().note();
        assertTrue(note.contains("3 unreadable images skipped"), note);
        assertTrue(note.contains(CLASSES.get(0) + "/cut.png: truncated or damaged"), note);
        assertTrue(note.contains(CLASSES.get(1) + "/fake.jpg: not a picture the image readers know"), note);
        assertTrue(note.contains(CLASSES.get(2) + "/huge.png: too large to read (100000 × 100000 pixels)"), note);
        // The same three, one a line, for the window's banner.
        assertEquals(3, data.provenance().skipped().size(), data.provenance().skipped().toString());
        assertTrue(data.provenance().skipped().stream().anyMatch(s -> s.startsWith(CLASSES.get(0) + "/cut.png: ")),
                data.provenance().skipped().toString());
    }

    @Test
    void sixteenBitPngsAndASymlinkLoopAreHandled() throws Exception {
        Path folder = colourFolder(5);
        BufferedImage sixteen = new BufferedImage(20, 20, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                sixteen.getRaster().setSample(x, y, 0, x < 10 ? 65535 : 0);
            }
        }
        ImageIO.write(sixteen, "png", folder.resolve(CLASSES.get(0)).resolve("sixteen.png").toFile());
        Path loop = folder.resolve(CLASSES.get(1)).resolve("loop.png");
        Files.createSymbolicLink(loop, loop);
        Files.createSymbolicLink(folder.resolve("cycle"), folder);

        Dataset data = read(folder);
        assertEquals(16, data.train().size() + data.test().size(), "the 16-bit PNG is read; the looping link is no image");
        assertFalse(data.classNames().contains("cycle"), "a link back to the folder is no class");
    }

    @Test
    void aFolderThatChangesWhileItLoadsIsRefused() throws Exception {
        Path folder = colourFolder(5);
        Path added = folder.resolve(CLASSES.get(0)).resolve("late.png");
        LoadProgress addOnce = (stage, done, total) -> {
            if (done == 1 && !Files.exists(added)) {
                writeImage(added, 30, 30, Color.WHITE, COLOURS[0], "png");
            }
        };
        LoadContext context = context().withProgress(addOnce);
        DatasetException e = assertThrows(DatasetException.class,
                () -> DataSources.load(DatasetRequest.folder(folder), context));
        assertEquals(folder + ": the folder changed while it was read (files were added, removed or changed); read it "
                + "again once copying into it has finished", e.getMessage());
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheDataUsable() throws Exception {
        Path folder = colourFolder(5);
        Path home = tmp.resolve("blocked-home");
        AppDirectories dirs = AppDirectories.under(home);
        Files.createDirectories(dirs.cacheDir());
        Files.writeString(dirs.cacheDir().resolve("image-folders"), "a file where the cache's folder should be");
        LoadContext context = new LoadContext(dirs, DatasetLocator.explicit(tmp), false, null, LoadProgress.NONE,
                () -> false);
        Dataset data = DataSources.load(DatasetRequest.folder(folder), context);
        assertEquals(15, data.train().size() + data.test().size());
        assertTrue(data.provenance().note().contains("not cached ("), data.provenance().note());
    }

    @Test
    void awkwardFilesAreConvertedSkippedAndListedOrIgnored() throws Exception {
        Path folder = BadImageFolders.awkwardFiles(tmp.resolve("awkward"));
        Dataset data = read(folder);
        assertEquals(List.of("blue", "红"), data.classNames());
        assertEquals(new ImageShape(28, 28, 3), data.shape(), "colour, as some of the pictures are");
        assertEquals(14, data.train().size() + data.test().size(),
                "6 good pictures a class, the 8-bit and 16-bit gray ones; not the text, hidden or looping files");
        String note = data.provenance().note();
        assertTrue(note.contains("; 3 unreadable images skipped: "), note);
        for (String listed : List.of("红/cut.png: truncated or damaged", "blue/fake.jpg: not a picture",
                "blue/huge.png: too large to read (100000 × 100000 pixels)")) {
            assertTrue(note.contains(listed), note);
        }
        // Every colour picture (RGB, indexed, translucent, 16-bit, CMYK with and without Adobe's marker, BMP) shows
        // its class's colour in the middle and a white page at the corner: converted, not garbled.
        int[] redMiddles = new int[1];
        int[] blueMiddles = new int[1];
        boolean[] sixteenBitGray = new boolean[1];
        for (ImageSet set : List.of(data.train(), data.test())) {
            for (int i = 0; i < set.size(); i++) {
                int middle = set.argb(i, 14, 14);
                int r = (middle >> 16) & 0xFF;
                int g = (middle >> 8) & 0xFF;
                int b = middle & 0xFF;
                if (r > 200 && g < 60 && b < 60) {
                    redMiddles[0]++;
                    assertEquals("红", data.className(set.label(i)));
                } else if (b > 200 && r < 60 && g < 60) {
                    blueMiddles[0]++;
                    assertEquals("blue", data.className(set.label(i)));
                }
                // The 16-bit gray picture: left half 65535, right half 32768, scaled to 8 bits as 255 and 128.
                if (set.argb(i, 14, 4) == 0xFFFFFFFF && Math.abs((set.argb(i, 14, 24) & 0xFF) - 128) <= 1) {
                    sixteenBitGray[0] = true;
                }
                int corner = set.argb(i, 0, 0);
                assertTrue(((corner >> 16) & 0xFF) > 240 && ((corner >> 8) & 0xFF) > 240 && (corner & 0xFF) > 240,
                        "a white page at the corner: " + Integer.toHexString(corner));
            }
        }
        assertEquals(6, redMiddles[0], "the six red pictures, CMYK and 16-bit among them");
        assertEquals(6, blueMiddles[0], "the six blue pictures, the CMYK one with Adobe's marker among them");
        assertTrue(sixteenBitGray[0], "the 16-bit gray PNG read at its levels, not gamma-shifted");
    }

    @Test
    void trainWithoutTestIsRefusedWithWhatToDo() throws Exception {
        Path half = BadImageFolders.trainWithoutTest(tmp.resolve("half"));
        assertEquals(half + ": has train/ but no test/; add test/ with the same class sub-folders, or move the class "
                + "sub-folders up into the folder to have 20 % of each class held back for testing",
                assertThrows(DatasetException.class, () -> read(half)).getMessage());
    }

    @Test
    void classNamesAreKeptInAnyScriptAndNormalised() throws Exception {
        Path folder = tmp.resolve("scripts");
        // "é" decomposed (as macOS's file systems store it) and Arabic, Devanagari, Chinese.
        List<String> names = List.of("caf\u0065\u0301", "قطة", "कुत्ता", "猫");
        for (String name : names) {
            for (int i = 0; i < 3; i++) {
                writeImage(folder.resolve(name).resolve(i + ".png"), 20, 20, Color.WHITE, COLOURS[i], "png");
            }
        }
        Dataset data = read(folder);
        assertTrue(data.classNames().contains("caf\u00e9"), "NFC, as typed: " + data.classNames());
        assertTrue(data.classNames().containsAll(List.of("قطة", "कुत्ता", "猫")), data.classNames().toString());
    }

    private static List<Path> listAll(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.sorted().toList();
        }
    }
}
