package org.softmaxlab.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.ui.WindowExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.main.MainWindow;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/**
 * A long session's changes of look, in the real window: after runs, an invalid value (which makes
 * ControlsFX decorate a field) and five rounds of theme, presentation mode and language, the text of
 * the charts and the side panel still stands out from what it is drawn on (WCAG contrast ≥ 4.5), and
 * JavaFX never warned about a style it could not use. Late in such a session the dark theme once
 * half-applied, after "ClassCastException … while converting value" warnings.
 */
@Tag("window")
class LookCyclesWindowTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    @BeforeAll
    static void listenToTheLog() {
        Logger.getLogger("").addHandler(CSS_LOG);
    }

    @AfterAll
    static void stopListening() {
        Logger.getLogger("").removeHandler(CSS_LOG);
    }

    /** WCAG 2's minimum for ordinary text. */
    private static final double MIN_CONTRAST = 4.5;

    private static final List<String> cssWarnings = new CopyOnWriteArrayList<>();
    private static final Handler CSS_LOG = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String logger = String.valueOf(record.getLoggerName());
            String message = String.valueOf(record.getMessage());
            // Every warning of JavaFX's but the one about loading from the class path (the README says why).
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && logger.startsWith("javafx")
                    && !message.startsWith("Unsupported JavaFX configuration")) {
                cssWarnings.add(logger + ": " + message);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };




    @Test
    void afterManyChangesOfLookTheTextStillStandsOutAndNoStyleWasRefused(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        // An invalid value, typed and put right: ControlsFX decorates the field and takes it back.
        TextField rate = robot.lookup("#learning-rate").queryAs(TextField.class);
        robot.doubleClickOn(rate).eraseText(rate.getText().length() + 2).write("0");
        await("start is blocked", () -> robot.lookup("#start").queryButton().isDisabled());
        robot.write(".1");
        await("start is free", () -> !robot.lookup("#start").queryButton().isDisabled());
        app.setField("#epochs", "1");
        robot.clickOn("#start");
        await("the first run has finished", () -> app.window().training().stateProperty().get() == RunState.READY
                && app.window().training().noticeProperty().get() != null);

        AppearanceViewModel look = app.window().appearance();
        for (int round = 0; round < 5; round++) {
            robot.interact(() -> look.themeProperty().set(Theme.DARK));
            robot.interact(() -> look.presentationModeProperty().set(true));
            switchLanguage(robot, Language.SIMPLIFIED_CHINESE, "开始");
            robot.interact(() -> look.themeProperty().set(Theme.LIGHT));
            robot.interact(() -> look.presentationModeProperty().set(false));
            switchLanguage(robot, Language.ENGLISH, "Start");
        }
        Object firstNotice = fx(() -> app.window().training().noticeProperty().get());
        robot.clickOn("#start");
        await("a second run has finished", () -> app.window().training().stateProperty().get() == RunState.READY
                && app.window().training().noticeProperty().get() != firstNotice);

        List<String> low = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (boolean presentation : new boolean[] {false, true}) {
                robot.interact(() -> {
                    look.themeProperty().set(theme);
                    look.presentationModeProperty().set(presentation);
                });
                low.addAll(fx(() -> lowContrast(theme + (presentation ? " presentation" : ""))));
            }
        }
        assertEquals(List.of(), low, "text below contrast " + MIN_CONTRAST);
        assertEquals(List.of(), cssWarnings, "JavaFX refused no style");
    }

    private void switchLanguage(FxRobot robot, Language language, String startText) throws Exception {
        robot.interact(() -> app.window().appearance().languageProperty().set(language));
        await("the window speaks " + language, () -> startText.equals(robot.lookup("#start").queryButton().getText()));
    }

    /** Every chart text and side-panel label whose contrast with its background is too low, named. */
    private List<String> lowContrast(String look) {
        Parent root = app.stage().getScene().getRoot();
        root.applyCss();
        root.layout();
        List<String> low = new ArrayList<>();
        int checked = 0;
        for (Node node : root.lookupAll(".chart")) {
            Chart chart = (Chart) node;
            for (Node axisNode : chart.lookupAll(".axis")) {
                Axis<?> axis = (Axis<?>) axisNode;
                checked += check(low, look, chart.getId() + " ticks", axis.getTickLabelFill(), axis);
            }
            for (Node label : chart.lookupAll(".axis-label")) {
                checked += checkLabel(low, look, chart.getId(), (Label) label);
            }
            for (Node label : chart.lookupAll(".chart-legend-item")) {
                checked += checkLabel(low, look, chart.getId() + " legend", (Label) label);
            }
            for (Node label : chart.lookupAll(".chart-title")) {
                Label title = (Label) label;
                // Presentation mode hides the titles on purpose (1px, transparent): they repeat the axis labels.
                if (title.getFont().getSize() > 2) {
                    checked += checkLabel(low, look, chart.getId(), title);
                }
            }
        }
        for (Node panel : root.lookupAll(".side-panel")) {
            for (Node node : panel.lookupAll(".label")) {
                if (node instanceof Label label && label.isVisible() && !label.getText().isEmpty()
                        && !insideAnotherControl(label, panel)) {
                    checked += checkLabel(low, look, "side panel", label);
                }
            }
        }
        assertTrue(checked > 20, look + ": only " + checked + " texts found to check");
        return low;
    }

    private static int checkLabel(List<String> low, String look, String where, Label label) {
        return check(low, look, where + " '" + label.getText() + "'", label.getTextFill(), label);
    }

    private static int check(List<String> low, String look, String what, Paint fill, Node node) {
        Color text = (Color) fill;
        Color behind = backgroundOf(node);
        double ratio = contrast(text, behind);
        if (ratio < MIN_CONTRAST) {
            low.add(String.format("%s: %s %s on %s = %.2f", look, what, text, behind, ratio));
        }
        return 1;
    }

    /** Labels inside buttons, fields and lists are drawn on those controls' own backgrounds. */
    private static boolean insideAnotherControl(Node label, Node panel) {
        for (Parent p = label.getParent(); p != null && p != panel; p = p.getParent()) {
            if (p instanceof Control && !(p instanceof Label)) {
                return true;
            }
        }
        return false;
    }

    /** The colour of the nearest opaque background at or above {@code node}. */
    private static Color backgroundOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region) {
                Background background = region.getBackground();
                if (background != null) {
                    List<BackgroundFill> fills = background.getFills();
                    for (int i = fills.size() - 1; i >= 0; i--) {
                        if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0.9) {
                            return c;
                        }
                    }
                }
            }
        }
        return Color.WHITE; // the scene's own fill
    }

    /** WCAG 2's contrast ratio of two colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
