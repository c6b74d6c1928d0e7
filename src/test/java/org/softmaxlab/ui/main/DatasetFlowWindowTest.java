package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.session.ModelFile;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.testing.ColourFolder;
import org.softmaxlab.testing.DrawnIdxFolder;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.compare.Contender;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.ui.run.ChartPoint;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.runs.RunRow;
import org.softmaxlab.ui.settings.DropConfirmation;
import org.testfx.api.FxRobot;

/**
 * What happens around a data-set switch in the real window (issue 22 items 5–6, in the spirit of issue
 * 20 item 2): a trained, unsaved model is not dropped without the question, and Cancel keeps the data
 * set, the model and the charts; the runs of the data set before stay in the run list, named by their
 * data set, and Compare leaves them out and says so; a model file made for another known data set
 * offers to switch to it, and opens once it is there.
 */
@Tag("window")
class DatasetFlowWindowTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    @TempDir
    Path dir;

    /** The window's data set is the application's: the next tests in this JVM expect Fashion-MNIST. */
    @AfterEach
    void backToFashionMnist() throws Exception {
        fx(() -> {
            WindowDataset.use(DatasetSignature.FASHION_MNIST);
            return null;
        });
    }

    @Test
    void switchingAsksFirstCancelKeepsEverythingAndTheOldRunsStayNamedByTheirDataSet(FxRobot robot) throws Exception {
        app.trainThroughStart("1");
        float[] weights = fx(() -> app.window().training().weightsProperty().get().clone());
        List<ChartPoint> accuracy = fx(() -> List.copyOf(app.window().training().testAccuracyPoints()));
        String before = fx(() -> app.window().datasets().currentProperty().get());
        Path digits = DrawnIdxFolder.write(dir.resolve("digits"), 20, 5, 3);

        robot.interact(() -> app.window().datasets().chooseFolder(digits));
        // Fails without the question: the folder was read and the model dropped at once.
        robot.clickOn("#" + DropConfirmation.DROP_ID + "-cancel");
        assertEquals(before, fx(() -> app.window().datasets().currentProperty().get()), "the data set stays");
        assertFalse(fx(() -> app.window().datasets().busyProperty().get()), "nothing is being read");
        assertArrayEquals(weights, fx(() -> app.window().training().weightsProperty().get()), "the model stays");
        assertEquals(accuracy, fx(() -> List.copyOf(app.window().training().testAccuracyPoints())), "the charts stay");
        assertTrue(fx(() -> app.window().training().wouldLoseTraining()));

        robot.interact(() -> app.window().datasets().chooseFolder(digits));
        robot.clickOn("#" + DropConfirmation.DROP_ID + "-proceed");
        await("the folder is read", () -> !app.window().datasets().busyProperty().get());
        assertEquals(digits.toString(), fx(() -> app.window().datasets().currentProperty().get()));
        assertNull(fx(() -> app.window().training().trainedModel()), "the model for the other data set is gone");
        assertEquals(1, fx(() -> app.window().runs().rows().size()), "the run on Fashion-MNIST stays listed");

        app.setField("#batch-size", "32");
        app.finishedRun("1", "0.1");
        List<RunRow> rows = fx(() -> List.copyOf(app.window().runs().rows()));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).name().contains("Fashion-MNIST"), rows.get(0).name());
        assertTrue(rows.get(1).name().contains("digits"), rows.get(1).name());
        String csv = org.softmaxlab.session.RunsCsv.format(fx(() -> app.window().runs().history().runs()));
        assertTrue(csv.lines().skip(1).anyMatch(line -> line.endsWith(",Fashion-MNIST")), csv);
        assertTrue(csv.lines().skip(1).anyMatch(line -> line.endsWith(",digits")), csv);

        List<Contender> offered = fx(() -> List.copyOf(app.window().inspection().compare().choices()));
        assertEquals(1, offered.size(), "Compare offers only the run on the digits");
        RunRecord digitsRun = ((Contender.Run) offered.get(0)).run();
        assertEquals("digits", digitsRun.dataset().name());
        assertEquals("1 run on Fashion-MNIST is not shown: another data set.",
                fx(() -> app.window().inspection().compare().otherDatasetsProperty().get()));
    }

    @Test
    void aModelForAnotherKnownDataSetOffersToSwitchKeepChangesNothingSwitchOpensIt(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        Path digits = DrawnIdxFolder.write(dir.resolve("digits"), 20, 5, 3);
        robot.interact(() -> app.window().datasets().chooseFolder(digits));
        await("the digits are read", () -> digits.toString().equals(app.window().datasets().currentProperty().get())
                && !app.window().datasets().busyProperty().get());
        app.setField("#batch-size", "32");
        app.finishedRun("1", "0.1");
        Path model = dir.resolve("digits.smlab");
        assertTrue(fx(() -> app.window().modelFiles().save(model)));
        float[] saved = ModelFile.read(model).parameters();

        Path colour = ColourFolder.write(dir.resolve("colours"), 12, 32, 5);
        // One picture cut short (a copy interrupted): it is left out, and the window says which and what to do.
        Path aClass;
        try (java.util.stream.Stream<Path> classes = java.nio.file.Files.list(colour)) {
            aClass = classes.filter(java.nio.file.Files::isDirectory).sorted().findFirst().orElseThrow();
        }
        java.nio.file.Files.write(aClass.resolve("cut.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0});
        robot.interact(() -> app.window().datasets().chooseFolder(colour)); // saved: no question
        await("the colours are read", () -> colour.toString().equals(app.window().datasets().currentProperty().get())
                && !app.window().datasets().busyProperty().get());
        await("the skipped picture is said", () -> app.window().banner().titleProperty().get()
                .equals("1 image of colours could not be read and was left out"));
        String detail = fx(() -> app.window().banner().detailProperty().get());
        assertTrue(detail.contains(aClass.getFileName() + "/cut.png: "), detail);
        assertTrue(detail.contains("Replace or remove these files"), detail);
        robot.clickOn("#" + org.softmaxlab.ui.banner.BannerView.ID + "-dismiss");

        // Three classes: the model (784 -> 3) is the settings' softmax regression, trained further by Start.
        // Fails without comparing kinds rather than sizes: the second Start began a fresh model.
        app.setField("#epochs", "1");
        robot.clickOn("#start");
        await("one epoch on the colours", () -> app.window().training().stateProperty().get() == RunState.READY
                && app.window().training().trainedModel() != null
                && app.window().training().trainedModel().epochs().size() == 1);
        robot.clickOn("#start");
        await("trained further: two epochs", () -> app.window().training().stateProperty().get() == RunState.READY
                && app.window().training().trainedModel() != null
                && app.window().training().trainedModel().epochs().size() == 2);
        float[] colourModel = fx(() -> app.window().training().trainedModel().model().parametersCopy());

        robot.interact(() -> app.window().modelFiles().open(model));
        robot.clickOn("#" + OtherDatasetQuestion.ID + "-keep");
        assertEquals(colour.toString(), fx(() -> app.window().datasets().currentProperty().get()), "Keep keeps it");
        assertArrayEquals(colourModel, fx(() -> app.window().training().trainedModel().model().parametersCopy()),
                "and the model");

        robot.interact(() -> app.window().modelFiles().open(model));
        robot.clickOn("#" + OtherDatasetQuestion.ID + "-switch");
        await("the digits are back and the model is open", () -> digits.toString().equals(
                app.window().datasets().currentProperty().get()) && app.window().training().trainedModel() != null);
        assertArrayEquals(saved, fx(() -> app.window().training().trainedModel().model().parametersCopy()));
        assertEquals(2, fx(() -> app.window().runs().rows().size()), "the runs on the digits and colours stay");
    }
}
