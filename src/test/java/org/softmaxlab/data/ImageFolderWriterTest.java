package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderWriterTest {

    @TempDir
    Path dir;

    private static float[] image(float value) {
        float[] pixels = new float[6 * 4];
        pixels[0] = value;
        pixels[23] = 1f;
        return pixels;
    }

    @Test
    void writesOneSubFolderPerClassWithOnePngPerImage() throws Exception {
        Path target = dir.resolve("drawn");
        ImageFolderWriter.write(target, List.of("circle", "三角形"),
                List.of(List.of(image(0.5f), image(0.2f)), List.of(image(0f))), 6, 4);
        try (Stream<Path> files = Files.list(target.resolve("circle"))) {
            assertEquals(List.of("0001.png", "0002.png"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        BufferedImage png = ImageIO.read(target.resolve("circle/0002.png").toFile());
        assertEquals(4, png.getWidth());
        assertEquals(6, png.getHeight());
        assertEquals(Math.round(0.2f * 255), png.getRaster().getSample(0, 0, 0));
        assertEquals(255, png.getRaster().getSample(3, 5, 0));
        assertTrue(Files.isRegularFile(target.resolve("三角形/0001.png")), "class names in any script");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList(), "no temporary folder left beside it");
        }
    }

    @Test
    void replacesAFolderItWroteBefore() throws Exception {
        Path target = dir.resolve("drawn");
        ImageFolderWriter.write(target, List.of("a", "b"), List.of(List.of(image(0f)), List.of(image(0f))), 6, 4);
        ImageFolderWriter.write(target, List.of("x", "y"), List.of(List.of(image(0f)), List.of(image(1f))), 6, 4);
        assertFalse(Files.exists(target.resolve("a")), "the old classes are gone");
        assertTrue(Files.isRegularFile(target.resolve("y/0001.png")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "the old copy is deleted");
        }
    }

    @Test
    void refusesAFolderHoldingSomeoneElsesFilesAndLeavesItAlone() throws Exception {
        Path target = Files.createDirectory(dir.resolve("holiday"));
        Files.writeString(target.resolve("beach.jpg"), "not ours");
        ImageFolderWriter.FolderInUseException e = assertThrows(ImageFolderWriter.FolderInUseException.class,
                () -> ImageFolderWriter.write(target, List.of("a", "b"),
                        List.of(List.of(image(0f)), List.of(image(0f))), 6, 4));
        assertTrue(e.getMessage().contains("choose a new or empty folder"), e.getMessage());
        assertEquals("not ours", Files.readString(target.resolve("beach.jpg")));
        try (Stream<Path> left = Files.list(target)) {
            assertEquals(1, left.count());
        }
    }

    @Test
    void aDrawnFolderIsReplacedOnlyWhenTheCallerSaysSo() throws Exception {
        Path target = dir.resolve("last-week");
        ImageFolderWriter.write(target, List.of("a", "b"), List.of(List.of(image(0f)), List.of(image(0f))), 6, 4);
        ImageFolderWriter.DrawnFolderExistsException e = assertThrows(ImageFolderWriter.DrawnFolderExistsException.class,
                () -> ImageFolderWriter.write(target, List.of("x", "y"),
                        List.of(List.of(image(1f)), List.of(image(1f))), 6, 4, false));
        assertEquals(target.toAbsolutePath().normalize(), e.folder());
        assertTrue(Files.isDirectory(target.resolve("a")), "last week's set is as it was");
        assertTrue(Files.notExists(target.resolve("x")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary folder left beside it");
        }
        ImageFolderWriter.write(target, List.of("x", "y"), List.of(List.of(image(1f)), List.of(image(1f))), 6, 4, true);
        assertTrue(Files.isDirectory(target.resolve("x")));
    }

    @Test
    void anEmptyFolderIsUsed() throws Exception {
        Path target = Files.createDirectory(dir.resolve("empty"));
        ImageFolderWriter.write(target, List.of("a", "b"), List.of(List.of(image(0f)), List.of(image(0f))), 6, 4);
        assertTrue(Files.isRegularFile(target.resolve("b/0001.png")));
    }

    @Test
    void classNamesMustBeFolderNamesEverywhere() {
        assertEquals(Optional.empty(), ClassFolderName.problem("猫 cat", List.of()));
        assertEquals(Optional.of(ClassFolderName.Problem.BLANK), ClassFolderName.problem("  ", List.of()));
        assertEquals(Optional.of(ClassFolderName.Problem.FORBIDDEN_CHARACTER), ClassFolderName.problem("a/b", List.of()));
        assertEquals(Optional.of(ClassFolderName.Problem.FORBIDDEN_CHARACTER), ClassFolderName.problem("why?", List.of()));
        assertEquals(Optional.of(ClassFolderName.Problem.DOT_OR_SPACE_AT_THE_END), ClassFolderName.problem(".hidden", List.of()));
        assertEquals(Optional.of(ClassFolderName.Problem.RESERVED), ClassFolderName.problem("con", List.of()));
        assertEquals(Optional.of(ClassFolderName.Problem.TAKEN), ClassFolderName.problem("Cat", List.of("cat")));
        assertEquals(Optional.of(ClassFolderName.Problem.TOO_LONG), ClassFolderName.problem("x".repeat(61), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ImageFolderWriter.write(dir.resolve("z"),
                List.of("a", "A"), List.of(List.of(), List.of()), 6, 4));
    }
}
