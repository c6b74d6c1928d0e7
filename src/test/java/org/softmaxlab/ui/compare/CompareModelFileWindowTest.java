package org.softmaxlab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.inspect.RunComparison;
import org.softmaxlab.inspect.RunComparison.Cell;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.session.Settings;
import org.softmaxlab.ui.QueuedFiles;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.main.InspectionTabs;
import org.softmaxlab.ui.main.WindowSetup;
import org.softmaxlab.ui.prefs.RememberedSettings;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/**
 * Model files in the Compare tab of the real window on the real-data subset: a model the app saved is
 * evaluated on the test set and compared with a run, named by its file name; a damaged file is refused
 * with File → Open model's words and changes nothing; a file opened with File → Open model is offered too.
 */
@Tag("window")
class CompareModelFileWindowTest {

    @TempDir
    Path dir;
    private final QueuedFiles files = new QueuedFiles();
    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset(background -> new WindowSetup(
            new RememberedSettings(Settings.DEFAULTS, next -> { }), Optional.empty(), null, files));

    private CompareViewModel compare() {
        return app.window().inspection().compare();
    }

    @SuppressWarnings("unchecked")
    private String shownName(FxRobot robot, String choiceId) throws Exception {
        ChoiceBox<Contender> box = robot.lookup(choiceId).queryAs(ChoiceBox.class);
        return fx(() -> box.getConverter().toString(box.getValue()));
    }

    @Test
    void aSavedModelIsComparedWithARunAndADamagedFileIsRefused(FxRobot robot) throws Exception {
        await("the data is loaded", () -> app.window().training().stateProperty().get() == RunState.READY);
        RunRecord first = app.finishedRun("1", "0.01");
        Path saved = dir.resolve("slow-start.smlab");
        assertTrue(fx(() -> app.window().modelFiles().save(saved)), "the app saved the first run's model");
        Path npz = dir.resolve("slow-start.npz");
        assertTrue(fx(() -> app.window().modelFiles().save(npz)), "and as PyTorch's state_dict");
        app.resetConfirmed();
        RunRecord second = app.finishedRun("2", "0.1");
        robot.clickOn("#" + InspectionTabs.COMPARE_TAB_ID);
        await("the two runs are compared", () -> compare().comparisonProperty().get() != null);

        files.next.add(saved);
        robot.clickOn("#compare-a-file");
        await("the file is A", () -> compare().aProperty().get() instanceof Contender.File
                && compare().fileStateProperty().get() == CompareViewModel.FileState.NONE);
        assertEquals("slow-start.smlab", shownName(robot, "#compare-a"));
        assertEquals(new Contender.Run(second), fx(() -> compare().bProperty().get()));
        // Evaluated on the test set, the saved model predicts what the run it was saved from did.
        int[] filePredictions = fx(() -> compare().aProperty().get().testPredictions().orElseThrow());
        assertArrayEquals(first.testPredictions().orElseThrow(), filePredictions);
        RunComparison shown = fx(() -> compare().comparisonProperty().get());
        RunComparison expected = new RunComparison(app.window().inspection().gallery().images().labels(),
                first.testPredictions().orElseThrow(), second.testPredictions().orElseThrow());
        for (Cell cell : Cell.values()) {
            assertEquals(expected.count(cell), shown.count(cell), cell.name());
        }

        // The same weights from the .npz reader: the same predictions, a second file choice, as B.
        files.next.add(npz);
        robot.clickOn("#compare-b-file");
        await("the .npz is B", () -> compare().bProperty().get() instanceof Contender.File
                && compare().fileStateProperty().get() == CompareViewModel.FileState.NONE);
        assertEquals("slow-start.npz", shownName(robot, "#compare-b"));
        assertEquals(expected.count(Cell.BOTH_RIGHT) + expected.count(Cell.ONLY_A_RIGHT),
                fx(() -> compare().comparisonProperty().get().count(Cell.BOTH_RIGHT)), "A and B agree on every image");
        robot.interact(() -> compare().bProperty().set(new Contender.Run(second)));

        Path damaged = dir.resolve("damaged.smlab");
        byte[] bytes = Files.readAllBytes(saved);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(damaged, bytes);
        files.next.add(damaged);
        robot.clickOn("#compare-b-file");
        await("the damaged file is refused", () -> compare().fileStateProperty().get() == CompareViewModel.FileState.FAILED);
        String message = fx(() -> robot.lookup("#compare-file-message").queryLabeled().getText());
        assertTrue(message.startsWith("Cannot open 'damaged.smlab': the file is damaged"),
                message);
        assertEquals(new Contender.Run(second), fx(() -> compare().bProperty().get()), "B is unchanged");
        robot.clickOn("#compare-file-dismiss");
        await("the message is gone", () -> compare().fileStateProperty().get() == CompareViewModel.FileState.NONE);

        // File → Open model offers the opened file as well, once (beside the .npz), and puts it where A is empty.
        robot.interact(() -> compare().aProperty().set(null));
        robot.interact(() -> app.window().modelFiles().open(saved));
        await("the opened file is A again", () -> compare().aProperty().get() instanceof Contender.File file
                && file.name().equals("slow-start.smlab")
                && compare().fileStateProperty().get() == CompareViewModel.FileState.NONE);
        assertEquals(2, fx(() -> compare().choices().stream().filter(Contender.File.class::isInstance).count()));
    }
}
