package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TabPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.run.TrainerThreadRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.session.ModelFile;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.SettingsStore;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.QueuedFiles;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.banner.BannerView;
import org.softmaxlab.ui.prefs.RememberedSettings;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/**
 * The classroom features in the real window on the real data subset, headless: switching language
 * mid-run, saving and opening a model through the menu's keys, exporting charts, the View menu.
 * File dialogs cannot be clicked headless, so a picker answers them with files in a temporary folder.
 */
@Tag("window")
class ClassroomWindowTest {


    @TempDir
    Path dir;
    private SettingsStore store;
    private final QueuedFiles files = new QueuedFiles();
    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset(background -> {
        store = new SettingsStore(dir.resolve("config"));
        return new WindowSetup(new RememberedSettings(Settings.DEFAULTS, store::save), Optional.empty(), null,
                files);
    });

    // ---- helpers -----------------------------------------------------------------------------


    @SuppressWarnings("unchecked")
    private static LineChart<Number, Number> chart(FxRobot robot, String chartId) {
        return robot.lookup(chartId).queryAs(LineChart.class);
    }

    private int chartPoints(FxRobot robot, String chartId, int series) throws Exception {
        return fx(() -> chart(robot, chartId).getData().get(series).getData().size());
    }

    private String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryLabeled().getText());
    }

    private String trainingTabTitle(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().get(0).getText());
    }

    private void runToTheEnd(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        await("the run has finished", () -> app.window().training().stateProperty().get() == RunState.READY
                && app.window().training().noticeProperty().get() != null);
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static boolean trainerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith(TrainerThreadRunner.THREAD_PREFIX) && t.isAlive());
    }

    /** Opens {@code menuId} in the menu bar and clicks the item showing {@code itemText}. */
    private void chooseFromMenu(FxRobot robot, String menuId, String itemText) {
        robot.clickOn(robot.lookup(node -> menuId.equals(node.getId()) && node.isVisible()).queryAs(
                javafx.scene.Node.class));
        robot.clickOn(itemText);
    }

    // ---- tests -------------------------------------------------------------------------------

    @Test
    void switchingLanguageMidRunRebuildsTheWindowAndTheRunGoesOn(FxRobot robot) throws Exception {
        app.startRun("10000", "16", () -> robot.clickOn("#start"));
        await("the loss chart has points", () -> chartPoints(robot, "#loss-chart", 0) > 0);
        assertEquals("Pause", text(robot, "#pause-resume"));
        assertEquals("Training", trainingTabTitle(robot));
        app.setField("#live-learning-rate", "0");
        assertTrue(fx(() -> robot.lookup("#live-rate-problem").queryAs(Label.class).isVisible()), "says why it is red");

        chooseFromMenu(robot, "menu-bar-language", "简体中文");
        await("the window speaks Chinese", () -> "暂停".equals(robot.lookup("#pause-resume").queryButton().getText()));
        assertEquals("训练", trainingTabTitle(robot));
        assertEquals("0", fx(() -> robot.lookup("#live-learning-rate").queryAs(TextField.class).getText()),
                "Rate now keeps what was typed");
        String problem = fx(() -> robot.lookup("#live-rate-problem").queryAs(Label.class).getText());
        assertFalse(problem.startsWith("learning rate"), "said again in Chinese: " + problem);
        assertEquals("10000", fx(() -> robot.lookup("#epochs").queryAs(TextField.class).getText()), "typed stays");
        await("the status bar speaks Chinese", () -> robot.lookup("#status-bar")
                .queryAs(org.controlsfx.control.StatusBar.class).getText().startsWith("迭代周期"));
        assertEquals(RunState.RUNNING, app.window().training().stateProperty().get());
        assertTrue(trainerThreadAlive());
        int pointsAfterSwitch = chartPoints(robot, "#loss-chart", 0);
        assertTrue(pointsAfterSwitch > 0, "the new chart shows the run so far");
        await("the new chart keeps growing", () -> chartPoints(robot, "#loss-chart", 0) > pointsAfterSwitch);
        assertEquals("zh-CN", store.load().settings().languageTag(), "the choice is remembered");

        chooseFromMenu(robot, "menu-bar-language", "English");
        await("the window speaks English again",
                () -> "Pause".equals(robot.lookup("#pause-resume").queryButton().getText()));
        assertEquals("Training", trainingTabTitle(robot));
        robot.clickOn("#stop");
        app.awaitState(RunState.READY);
        assertTrue(text(robot, "#notice-title").startsWith("Stopped after"));
    }

    @Test
    void aModelSavedWithCtrlSOpensAgainWithCtrlOAndTrainsFurther(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        app.setField("#epochs", "1");
        runToTheEnd(robot);
        float[] trained = fx(() -> app.window().training().weightsProperty().get().clone());
        double testAccuracy = fx(() -> app.window().training().evaluationProperty().get().accuracy());
        Path model = dir.resolve("lesson-1.smlab");
        files.next.add(model);
        shortcut(robot, KeyCode.S);
        await("the model is saved", () -> Files.exists(model));
        assertEquals("Saved the model (1 epoch) as lesson-1.smlab", text(robot, "#" + BannerView.ID + "-title"));
        assertArrayEquals(trained, ModelFile.read(model).parameters());

        robot.clickOn("#reset"); // saved as it is: nothing would be lost, so Reset asks nothing (issue 20, item 8)
        assertTrue(robot.lookup("#reset-dialog").tryQuery().isEmpty(), "no question after a save");
        assertEquals(0, chartPoints(robot, "#accuracy-chart", 1));
        app.setField("#epochs", "7");
        files.next.add(model);
        shortcut(robot, KeyCode.O);
        await("the model is open", () -> chartPoints(robot, "#accuracy-chart", 1) == 1);
        assertTrue(text(robot, "#" + BannerView.ID + "-title").startsWith("Opened lesson-1.smlab: trained 1 epoch"));
        assertEquals("1", fx(() -> robot.lookup("#epochs").queryAs(TextField.class).getText()), "its settings");
        assertArrayEquals(trained, fx(() -> app.window().training().weightsProperty().get()));
        // The inspection views get the opened model's test evaluation: the same weights, the same accuracy.
        await("the opened model is evaluated", () -> app.window().training().evaluationProperty().get() != null);
        assertEquals(testAccuracy, fx(() -> app.window().training().evaluationProperty().get().accuracy()));

        Path foreign = Files.writeString(dir.resolve("notes.smlab"), "not a model");
        files.next.add(foreign);
        shortcut(robot, KeyCode.O);
        await("the file is refused",
                () -> "This is not a SoftmaxLab model file".equals(robot.lookup("#" + BannerView.ID + "-title")
                        .queryLabeled().getText()));
        assertEquals(1, chartPoints(robot, "#accuracy-chart", 1), "nothing changed");
        assertArrayEquals(trained, fx(() -> app.window().training().weightsProperty().get()));

        runToTheEnd(robot);
        assertEquals(2, chartPoints(robot, "#accuracy-chart", 1), "trained further: a second epoch");
        double secondEpochAt = fx(() -> chart(robot, "#accuracy-chart").getData().get(1).getData().get(1)
                .getXValue().doubleValue());
        assertEquals(2.0, secondEpochAt);
    }

    @Test
    void exportedChartsAreAPngOfTheChartsStacked(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        app.setField("#epochs", "1");
        runToTheEnd(robot);
        Path loss = dir.resolve("loss.png");
        Path both = dir.resolve("both");
        files.next.add(loss);
        robot.interact(() -> app.window().menuActions().exportCharts(ChartSet.LOSS));
        await("the loss chart is written", () -> Files.exists(loss));
        files.next.add(both);
        robot.interact(() -> app.window().menuActions().exportCharts(ChartSet.BOTH));
        Path bothPng = dir.resolve("both.png");
        await("both charts are written", () -> Files.exists(bothPng));
        await("the banner says so", () -> robot.lookup("#" + BannerView.ID + "-title").queryLabeled().getText()
                .equals("Exported the charts as both.png"));

        BufferedImage one = ImageIO.read(loss.toFile());
        BufferedImage two = ImageIO.read(bothPng.toFile());
        double chartWidth = fx(() -> robot.lookup("#loss-chart").query().getLayoutBounds().getWidth());
        assertEquals(chartWidth * 2, one.getWidth(), 2, "snapshots are taken at twice the size");
        // Stacked, each chart keeps the side margins by which the two plots line up in the window (AlignedPlots):
        // the picture is the charts' column wide.
        double[] withMargins = fx(() -> java.util.stream.Stream.of("#loss-chart", "#accuracy-chart").mapToDouble(id -> {
            javafx.scene.Node chart = robot.lookup(id).query();
            javafx.geometry.Insets margin = javafx.scene.layout.VBox.getMargin(chart);
            return chart.getLayoutBounds().getWidth() + (margin == null ? 0 : margin.getLeft() + margin.getRight());
        }).toArray());
        assertEquals(withMargins[0], withMargins[1], 1, "the window lines the two plots up");
        assertEquals(withMargins[0] * 2, two.getWidth(), 2, "the stacked picture keeps that alignment");
        assertTrue(two.getHeight() > one.getHeight() * 1.5, two.getHeight() + " vs " + one.getHeight());
    }

    @Test
    void chartsExportedInTheDarkThemeAreLightLikeTheConfusionMatrix(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        robot.interact(() -> app.window().appearance().themeProperty().set(Theme.DARK));
        await("the dark theme is on", () -> app.stage().getScene().getRoot().getStyleClass().contains(Styles.THEME_DARK));
        Path loss = dir.resolve("loss.png");
        files.next.add(loss);

        robot.interact(() -> app.window().menuActions().exportCharts(ChartSet.LOSS));
        await("the loss chart is written", () -> Files.exists(loss));

        BufferedImage png = ImageIO.read(loss.toFile());
        int corner = png.getRGB(0, 0);
        assertTrue(luminance(corner) > 230, String.format("a light background: #%06x", corner & 0xFFFFFF));
        long sum = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                sum += luminance(png.getRGB(x, y));
            }
        }
        long mean = sum / ((long) png.getWidth() * png.getHeight());
        assertTrue(mean > 200, "light all over, plot included: mean luminance " + mean);
        assertTrue(fx(() -> app.stage().getScene().getRoot().getStyleClass().contains(Styles.THEME_DARK)),
                "the window stays dark");
    }

    @Test
    void chartsExportedAfterALanguageSwitchOnAnotherTabAreTheChartsTheWindowHasNow(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        app.setField("#epochs", "1");
        runToTheEnd(robot);
        Object before = fx(() -> tabContent(robot, MainWindow.TRAINING_TAB_ID));
        robot.clickOn("#" + MainWindow.NUMERICS_TAB_ID);
        robot.interact(() -> app.window().appearance().languageProperty().set(Language.SIMPLIFIED_CHINESE));
        Path loss = dir.resolve("loss.png");
        files.next.add(loss);

        robot.interact(() -> app.window().menuActions().exportCharts(ChartSet.LOSS));
        await("the loss chart is written", () -> Files.exists(loss));

        BufferedImage png = ImageIO.read(loss.toFile());
        long dark = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                dark += luminance(png.getRGB(x, y)) < 100 ? 1 : 0;
            }
        }
        assertTrue(dark > 100, "a drawn chart, not an empty picture: " + dark + " dark pixels");
        Object shown = fx(() -> tabContent(robot, MainWindow.TRAINING_TAB_ID));
        assertTrue(shown != null && shown != before, "the training tab has a view built in Chinese");
        String title = fx(() -> ((LineChart<?, ?>) ((javafx.scene.Parent) shown).lookup("#loss-chart")).getTitle());
        assertEquals(fx(() -> Messages.get("chart.loss.title")), title, "the exported chart speaks Chinese");
    }

    private static Object tabContent(FxRobot robot, String id) {
        return robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow().getContent();
    }

    private static int luminance(int argb) {
        return ((argb >> 16 & 0xFF) * 299 + (argb >> 8 & 0xFF) * 587 + (argb & 0xFF) * 114) / 1000;
    }

    @Test
    void theViewMenuAndF11ChangeTheLookAndEscStillStopsARun(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        double normalFont = fx(() -> robot.lookup("#start").queryButton().getFont().getSize());
        chooseFromMenu(robot, "menu-bar-view", "_Presentation mode");
        await("presentation mode is on", () -> app.stage().getScene().getRoot().getStyleClass().contains(Styles.PRESENTATION));
        await("the type is larger", () -> robot.lookup("#start").queryButton().getFont().getSize() > normalFont + 4);
        assertTrue(store.load().settings().presentationMode(), "remembered");

        chooseFromMenu(robot, "menu-bar-view", "_Dark theme");
        await("the dark theme is on", () -> app.stage().getScene().getRoot().getStyleClass().contains(Styles.THEME_DARK));
        assertEquals(Theme.DARK, store.load().settings().theme());

        app.startRun("10000", "16", () -> robot.clickOn("#start"));
        robot.type(KeyCode.F11);
        await("full screen", () -> app.stage().isFullScreen());
        assertTrue(app.window().appearance().fullScreenProperty().get());
        app.typeAndAwait(KeyCode.ESCAPE, RunState.READY);
        assertTrue(fx(app.stage()::isFullScreen), "Esc stopped the run and left full screen alone");
        robot.type(KeyCode.F11);
        await("windowed again", () -> !app.stage().isFullScreen());
        assertFalse(app.window().appearance().fullScreenProperty().get());
    }
}
