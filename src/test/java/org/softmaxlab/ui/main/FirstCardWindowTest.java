package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.run.DaemonThreads;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.Theme;
import org.softmaxlab.session.WindowBounds;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.TestData;
import org.softmaxlab.ui.TestWindows;
import org.softmaxlab.ui.appearance.RootStyles;
import org.softmaxlab.ui.files.SystemFilePicker;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.DatasetDownloads;
import org.softmaxlab.ui.loading.FirstCard;
import org.softmaxlab.ui.loading.LoadingView;
import org.softmaxlab.ui.loading.LoadingViewModel;
import org.softmaxlab.ui.prefs.RememberedSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The card shown before the main window exists ({@link FirstCardWindow}, styled by its own small
 * stylesheet) looks like the main window's own loading card in each look, so that the user sees one
 * card; the main window then takes the stage over without moving it; Ctrl+Q closes the first card.
 * Headless through Monocle.
 */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class FirstCardWindowTest {

    private final ExecutorService background = DaemonThreads.newBackgroundExecutor();
    private Stage stage;
    private MainWindow window;

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
        if (window != null) {
            TestWindows.close(window, background);
        } else {
            background.shutdownNow();
        }
    }

    @ParameterizedTest
    @CsvSource({"LIGHT, false", "DARK, false", "LIGHT, true", "DARK, true"})
    void theFirstCardLooksLikeTheMainWindowsCard(Theme theme, boolean presentation) throws Exception {
        Scene first = fx(() -> laidOut(FirstCard.scene(theme, presentation)));
        Scene real = fx(() -> laidOut(realCard(theme, presentation)));

        assertEquals(region(real.getRoot()).getBackground(), region(first.getRoot()).getBackground(), "window");
        Color around = blend(fill(region(real, ".loading-overlay")), fill(region(real.getRoot())));
        Color before = (Color) first.getFill();
        assertEquals(around.getRed(), before.getRed(), 1.5 / 255, "the window before its first frame: " + before);
        assertEquals(around.getGreen(), before.getGreen(), 1.5 / 255, "the window before its first frame: " + before);
        assertEquals(around.getBlue(), before.getBlue(), 1.5 / 255, "the window before its first frame: " + before);
        assertEquals(region(real, ".loading-overlay").getBackground(), region(first, ".loading-overlay").getBackground(),
                "overlay");
        Region realCard = region(real, ".loading-card");
        Region firstCard = region(first, ".loading-card");
        assertEquals(realCard.getBackground(), firstCard.getBackground(), "card");
        assertEquals(realCard.getBorder(), firstCard.getBorder(), "card border");
        assertEquals(realCard.getPadding(), firstCard.getPadding(), "card padding");
        assertEquals(String.valueOf(realCard.getEffect()), String.valueOf(firstCard.getEffect()), "card shadow");
        Bounds realBounds = fx(() -> realCard.localToScene(realCard.getLayoutBounds()));
        assertEquals(realBounds, fx(() -> firstCard.localToScene(firstCard.getLayoutBounds())), "card place and size");
        Label realTitle = (Label) real.lookup(".loading-title");
        Label firstTitle = (Label) first.lookup(".loading-title");
        assertEquals(realTitle.getText(), firstTitle.getText());
        assertEquals(realTitle.getFont(), firstTitle.getFont(), "title font");
        assertEquals(realTitle.getTextFill(), firstTitle.getTextFill(), "title colour");
        ProgressBar realProgress = (ProgressBar) real.lookup(".progress-bar");
        ProgressBar firstProgress = (ProgressBar) first.lookup(".progress-bar");
        assertEquals(realProgress.getProgress(), firstProgress.getProgress());
        assertEquals(region(real, ".progress-bar .track").getBackground(),
                region(first, ".progress-bar .track").getBackground(), "progress track");
        assertEquals(region(real, ".progress-bar .bar").getBackground(),
                region(first, ".progress-bar .bar").getBackground(), "progress bar");
    }

    @Test
    void theMainWindowTakesTheFirstCardsStageOverWhereItIs(FxRobot robot) throws Exception {
        WindowBounds remembered = new WindowBounds(20, 30, 1180, 720);
        Settings settings = Settings.DEFAULTS.withWindow(remembered).withTheme(Theme.DARK);
        robot.interact(() -> {
            stage = new Stage();
            FirstCardWindow.show(stage, settings);
        });
        Scene firstScene = fx(stage::getScene);
        assertNotNull(firstScene.lookup("#first-card"));
        assertEquals(List.of(20.0, 30.0, 1180.0, 720.0), fx(this::bounds));

        List<Double> seen = new ArrayList<>();
        List<Settings> saved = new CopyOnWriteArrayList<>();
        CountDownLatch built = new CountDownLatch(1);
        robot.interact(() -> {
            for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                    stage.heightProperty())) {
                property.addListener((obs, old, now) -> seen.add(now.doubleValue()));
            }
            WindowSetup setup = new WindowSetup(new RememberedSettings(settings, saved::add), Optional.empty(),
                    null, new SystemFilePicker());
            window = TestWindows.onSubset(background, setup);
            window.show(stage);
            window.whenViewsBuilt(built::countDown);
        });
        await("the main window is built", () -> built.getCount() == 0);

        assertNotSame(firstScene, fx(stage::getScene));
        assertEquals(List.of(), seen, "the window did not move or change size");
        robot.interact(() -> stage.setWidth(1100));
        robot.interact(stage::close);
        await("the window's settings were saved on closing", () -> !saved.isEmpty());
        assertEquals(new WindowBounds(20, 30, 1100, 720), saved.get(saved.size() - 1).window(),
                "the place remembered: the main window keeps track of it");
    }

    @Test
    void ctrlQClosesTheFirstCard(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage = new Stage();
            FirstCardWindow.show(stage, Settings.DEFAULTS);
        });
        robot.interact(() -> stage.getScene().getAccelerators()
                .get(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)).run());
        assertFalse(fx(stage::isShowing));
    }

    private List<Double> bounds() {
        return List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    /** The main window's loading card as it shows it first: in a root with the look's classes, softmaxlab.css. */
    private static Scene realCard(Theme theme, boolean presentation) {
        DataLoading loading = new DataLoading(Runnable::run, chosen -> chosen, dir -> TestData.subset());
        DatasetDownloads downloads = new DatasetDownloads(Runnable::run, () -> {
            throw new AssertionError("never started");
        });
        LoadingViewModel viewModel = new LoadingViewModel(loading, downloads, null, BackgroundTasks.sameThread(), data -> { });
        StackPane root = new StackPane(new LoadingView(viewModel).root());
        RootStyles.apply(root.getStyleClass(), theme, presentation);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Resources.stylesheet());
        return scene;
    }

    private static Scene laidOut(Scene scene) {
        Stage own = new Stage();
        own.setWidth(1200);
        own.setHeight(800);
        own.setScene(scene);
        own.show();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        own.close();
        return scene;
    }

    private static Color fill(Region region) {
        return (Color) region.getBackground().getFills().get(0).getFill();
    }

    /** {@code top} painted over the opaque {@code bottom}. */
    private static Color blend(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    private static Region region(Parent node) {
        return (Region) node;
    }

    private static Region region(Scene scene, String selector) {
        return (Region) scene.lookup(selector);
    }
}
