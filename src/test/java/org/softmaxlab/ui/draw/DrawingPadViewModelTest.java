package org.softmaxlab.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.inspect.Stroke;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.tasks.BackgroundTasks;

class DrawingPadViewModelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    private DrawingPadViewModel pad() {
        return new DrawingPadViewModel(org.softmaxlab.ui.tasks.BackgroundTasks.sameThread(), 280, 280, dir, "shapes");
    }

    private static void drawLine(DrawingPadViewModel pad, float x0, float y0, float x1, float y1) {
        pad.addStroke(Stroke.of(x0, y0, x1, y1));
    }

    @Test
    void drawingsGoToTheSelectedClassAndAreCounted() {
        DrawingPadViewModel pad = pad();
        assertTrue(pad.addClass("  line "));
        assertTrue(pad.addClass("cross"));
        pad.select(0);
        drawLine(pad, 20, 140, 260, 140);
        assertNotNull(pad.previewProperty().get(), "the pad as the model will see it");
        assertTrue(pad.addDrawing());
        assertTrue(pad.stateProperty().get().pad().isEmpty(), "the pad is cleared for the next drawing");
        assertNull(pad.previewProperty().get());
        pad.select(1);
        drawLine(pad, 20, 20, 260, 260);
        drawLine(pad, 260, 20, 20, 260);
        assertTrue(pad.addDrawing());
        PadState state = pad.stateProperty().get();
        assertEquals(List.of("line", "cross"), state.names(), "names without the spaces around them");
        assertEquals(1, state.classes().get(0).examples().size());
        assertEquals(2, state.classes().get(1).examples().get(0).drawing().strokes().size());
        assertEquals("Added to \"cross\": 1 drawing.", pad.messageProperty().get());
    }

    @Test
    void undoGoesBackOneStrokeThenOneDrawing() {
        DrawingPadViewModel pad = pad();
        pad.addClass("a");
        drawLine(pad, 0, 0, 10, 10);
        drawLine(pad, 0, 10, 10, 0);
        pad.undo();
        assertEquals(1, pad.stateProperty().get().pad().strokes().size(), "the last stroke is gone");
        pad.addDrawing();
        pad.undo();
        assertEquals(0, pad.stateProperty().get().selectedClass().examples().size(), "the drawing left the class");
        assertEquals(1, pad.stateProperty().get().pad().strokes().size(), "and is back on the pad");
        pad.clearPad();
        assertTrue(pad.stateProperty().get().pad().isEmpty());
        pad.undo();
        assertFalse(pad.stateProperty().get().pad().isEmpty(), "a clear is undone too");
        pad.undo();
        pad.undo();
        pad.undo();
        assertTrue(pad.stateProperty().get().classes().isEmpty(), "back to before the class was named");
        assertFalse(pad.canUndoProperty().get());
    }

    @Test
    void aBadDrawingIsDeleted() {
        DrawingPadViewModel pad = pad();
        pad.addClass("a");
        for (int i = 0; i < 3; i++) {
            drawLine(pad, 10 * i, 0, 100, 100 + i);
            pad.addDrawing();
        }
        List<DrawnExample> before = pad.stateProperty().get().classes().get(0).examples();
        pad.deleteDrawing(0, 1);
        List<DrawnExample> after = pad.stateProperty().get().classes().get(0).examples();
        assertEquals(List.of(before.get(0), before.get(2)), after);
    }

    @Test
    void whatCannotBeDoneIsSaidAndChangesNothing() {
        DrawingPadViewModel pad = pad();
        assertFalse(pad.addDrawing());
        assertEquals("Name a class first: a drawing is added to the class selected on the left.", pad.messageProperty().get());
        assertTrue(pad.failedProperty().get());
        pad.addClass("a");
        assertFalse(pad.addDrawing());
        assertEquals("The pad is empty: draw something first.", pad.messageProperty().get());
        assertFalse(pad.addClass("A"), "the same name in another case");
        assertEquals("There is already a class called \"A\". Choose another name.", pad.messageProperty().get());
        assertFalse(pad.addClass("a/b"));
        assertEquals(1, pad.stateProperty().get().classes().size());
        assertFalse(pad.save(), "one class is no data set");
        assertEquals("Name at least two classes and draw them: a data set needs two.", pad.messageProperty().get());
        pad.addClass("b");
        drawLine(pad, 0, 0, 9, 9);
        pad.addDrawing();
        assertFalse(pad.save());
        assertEquals("\"a\" has 0 drawings and needs at least 2 to train: one to train on and one to test with."
                + " Draw more of it (or remove the class).", pad.messageProperty().get());
    }

    @Test
    void savesAnImageFolderAndHandsItToTheTrainer() throws Exception {
        DrawingPadViewModel pad = pad();
        List<Path> trained = new ArrayList<>();
        pad.setTrainer(trained::add);
        for (String name : List.of("line", "cross", "圆")) {
            pad.addClass(name);
            for (int i = 0; i < 3; i++) {
                drawLine(pad, 20 + i, 30, 200, 250 - i);
                pad.addDrawing();
            }
        }
        assertTrue(pad.saveAndTrain());
        Path folder = dir.resolve("shapes");
        assertEquals(List.of(folder), trained);
        assertEquals(folder, pad.savedProperty().get());
        for (String name : List.of("line", "cross", "圆")) {
            try (Stream<Path> files = Files.list(folder.resolve(name))) {
                assertEquals(3, files.count(), name);
            }
        }
        assertEquals("Saved 9 drawings in 3 classes as " + folder + ".", pad.messageProperty().get());
        // Saved again after one more drawing: the folder it wrote is replaced.
        drawLine(pad, 0, 0, 50, 50);
        pad.addDrawing();
        assertTrue(pad.save());
        try (Stream<Path> files = Files.list(folder.resolve("圆"))) {
            assertEquals(4, files.count());
        }
    }

    @Test
    void aDrawnSetFromAnEarlierLessonIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path folder = dir.resolve("shapes");
        org.softmaxlab.data.ImageFolderWriter.write(folder, List.of("old-a", "old-b"),
                List.of(List.of(new float[28 * 28]), List.of(new float[28 * 28])), 28, 28);
        DrawingPadViewModel pad = pad();
        for (String name : List.of("a", "b")) {
            pad.addClass(name);
            for (int i = 0; i < 2; i++) {
                drawLine(pad, 0, 0, 9, 9 + i);
                pad.addDrawing();
            }
        }
        List<Path> trained = new ArrayList<>();
        pad.setTrainer(trained::add);
        assertTrue(pad.saveAndTrain());
        assertEquals(folder, pad.replaceQuestionProperty().get(), "the pad asks");
        assertEquals(folder.toAbsolutePath() + " already holds a drawn data set from before. Replace it with these drawings?",
                pad.messageProperty().get());
        assertTrue(Files.isDirectory(folder.resolve("old-a")), "and has written nothing yet");
        assertTrue(trained.isEmpty());

        pad.keep();
        assertNull(pad.replaceQuestionProperty().get());
        assertTrue(Files.isDirectory(folder.resolve("old-a")), "kept");
        assertEquals("Nothing was written. Change the data set name or the folder to keep both.", pad.messageProperty().get());

        assertTrue(pad.saveAndTrain());
        assertEquals(folder, pad.replaceQuestionProperty().get(), "asked again at the next save");
        pad.nameProperty().set("shapes-2");
        assertNull(pad.replaceQuestionProperty().get(), "another name: the question is moot");
        pad.nameProperty().set("shapes");
        assertTrue(pad.saveAndTrain());
        assertTrue(pad.replace());
        assertNull(pad.replaceQuestionProperty().get());
        assertTrue(Files.notExists(folder.resolve("old-a")), "replaced");
        assertTrue(Files.isDirectory(folder.resolve("a")));
        assertEquals(List.of(folder), trained, "and trained, as Save and train asked");

        // What this pad saved itself is saved over without asking again.
        drawLine(pad, 0, 0, 50, 50);
        pad.addDrawing();
        assertTrue(pad.save());
        assertNull(pad.replaceQuestionProperty().get());
        try (Stream<Path> files = Files.list(folder.resolve("b"))) {
            assertEquals(3, files.count());
        }
    }

    @Test
    void aFolderOfSomeoneElsesIsNotOverwritten() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("shapes"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        DrawingPadViewModel pad = pad();
        for (String name : List.of("a", "b")) {
            pad.addClass(name);
            for (int i = 0; i < 2; i++) {
                drawLine(pad, 0, 0, 9, 9 + i);
                pad.addDrawing();
            }
        }
        List<Path> trained = new ArrayList<>();
        pad.setTrainer(trained::add);
        pad.saveAndTrain();
        assertTrue(trained.isEmpty(), "nothing to train when nothing was saved");
        assertTrue(pad.failedProperty().get());
        assertEquals(mine + " already holds files that SoftmaxLab did not write. Choose another name or folder: "
                + "nothing was changed.", pad.messageProperty().get());
        assertEquals("mine", Files.readString(mine.resolve("notes.txt")));
    }
}
