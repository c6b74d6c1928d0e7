package org.softmaxlab.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.WindowBounds;
import org.softmaxlab.train.Model;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.appearance.AppearanceViewModel;
import org.softmaxlab.ui.appearance.RootStyles;
import org.softmaxlab.ui.banner.BannerView;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.files.ModelFilesViewModel;
import org.softmaxlab.ui.loading.LoadingViewModel;
import org.softmaxlab.ui.prefs.SettingsNoticeText;
import org.softmaxlab.ui.prefs.WindowPlacement;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.TrainingViewModel;

/**
 * What the window offers a classroom beyond training: the menu bar and its commands, the banner, the
 * look (theme, presentation mode, full screen) and language, model files and chart images, and the
 * settings remembered from one session to the next.
 */
final class Classroom {

    private final WindowSetup setup;
    private final TrainingViewModel training;
    private final LoadingViewModel loading;
    private final AppearanceViewModel appearance = new AppearanceViewModel();
    private final BannerViewModel banner = new BannerViewModel();
    private final ModelFilesViewModel files;
    private final Path startFolder;
    private WindowActions actions;
    private WindowBounds normalBounds;
    private boolean saveProblemShown;

    /**
     * Takes the remembered look, language and training settings, and remembers their changes from now on.
     *
     * @param languageChanged called after {@link Messages} switched language, to say everything again
     */
    Classroom(WindowSetup setup, TrainingViewModel training, LoadingViewModel loading, Runnable languageChanged) {
        this.setup = setup;
        this.training = training;
        this.loading = loading;
        this.startFolder = setup.dataFolder();
        Settings remembered = setup.settings().current();
        appearance.load(remembered);
        training.settings().load(remembered.trainConfig());
        files = new ModelFilesViewModel(training, banner, Model::of);
        setup.settingsNotice().ifPresent(notice -> banner.show(BannerViewModel.Severity.ERROR,
                () -> Messages.get("settings.notice.title"), () -> SettingsNoticeText.of(notice)));
        appearance.languageProperty().addListener((obs, old, now) -> {
            Messages.setLanguage(now);
            languageChanged.run();
        });
        rememberChanges();
    }

    /** The language the window should speak from the start. */
    Language language() {
        return appearance.languageProperty().get();
    }

    /** A new menu bar and banner, stacked, for the top of the window. */
    Node topBar() {
        return new VBox(MainMenu.build(new Forward(), appearance, files.canSaveProperty(), files.canOpenProperty()),
                new BannerView(banner).root());
    }

    /**
     * Connects the window: its root follows the look, full screen follows the view-model (and F11),
     * and the remembered bounds are applied if a screen can show them. Call before showing the stage.
     *
     * @param charts the training tab's current content, for exporting its charts
     */
    void install(Stage stage, Parent root, Supplier<Parent> charts) {
        actions = new WindowActions(stage, setup, files, banner, appearance, charts);
        RootStyles.follow(root, appearance);
        // F11 enters and leaves full screen; Esc stays the key that stops a run.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        appearance.fullScreenProperty().addListener((obs, old, now) -> {
            stage.setFullScreenExitHint(Messages.get("window.fullScreenHint"));
            stage.setFullScreen(now);
        });
        stage.fullScreenProperty().addListener((obs, old, now) -> appearance.fullScreenProperty().set(now));
        placeAsRemembered(stage);
        trackNormalBounds(stage);
    }

    private void placeAsRemembered(Stage stage) {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().map(Screen::getVisualBounds).filter(b -> !screens.contains(b))
                .forEach(screens::add);
        WindowPlacement.place(setup.settings().current().window(), screens, stage.getMinWidth(), stage.getMinHeight())
                .ifPresent(bounds -> {
                    stage.setX(bounds.x());
                    stage.setY(bounds.y());
                    stage.setWidth(bounds.width());
                    stage.setHeight(bounds.height());
                });
    }

    /** Keeps the bounds of the window while neither full screen, maximised nor minimised: those are remembered. */
    private void trackNormalBounds(Stage stage) {
        Runnable track = () -> {
            if (!stage.isFullScreen() && !stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0
                    && stage.getHeight() > 0 && Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())) {
                normalBounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty())) {
            property.addListener((obs, old, now) -> track.run());
        }
    }

    /** Says the banner again after a language switch. */
    void relocalize() {
        banner.relocalize();
    }

    /** The window is closing: remembers its bounds and the settings typed, and saves. */
    void shutdown() {
        remember(settings -> {
            Settings next = settings;
            if (normalBounds != null) {
                next = next.withWindow(normalBounds);
            }
            var typed = training.settings().configProperty().get();
            return typed != null ? next.withTrainConfig(typed) : next;
        });
    }

    private void rememberChanges() {
        appearance.themeProperty().addListener((obs, old, now) -> remember(appearance::applyTo));
        appearance.presentationModeProperty().addListener((obs, old, now) -> remember(appearance::applyTo));
        appearance.languageProperty().addListener((obs, old, now) -> remember(appearance::applyTo));
        // The settings of a run are the "last used" ones once it starts.
        training.stateProperty().addListener((obs, old, now) -> {
            if (now == RunState.RUNNING && old == RunState.READY) {
                remember(settings -> settings.withTrainConfig(training.settings().configProperty().get()));
            }
        });
        loading.phaseProperty().addListener((obs, old, now) -> {
            if (now == LoadingViewModel.Phase.READY) {
                remember(this::withDataFolderLoaded);
            }
        });
    }

    /**
     * Remembers a folder the user chose on the loading card once the data loaded from it; forgets a
     * remembered folder once the data loaded from somewhere else (it failed, and a download or the
     * usual places stood in).
     */
    private Settings withDataFolderLoaded(Settings settings) {
        Path loaded = loading.directoryProperty().get();
        if (loading.chosenDirectoryProperty().get() != null && loaded != null) {
            return settings.withDataFolder(loaded.toAbsolutePath());
        }
        Path remembered = settings.dataFolder();
        if (remembered != null && remembered.equals(startFolder) && !sameFolder(remembered, loaded)) {
            return settings.withDataFolder(null);
        }
        return settings;
    }

    private static boolean sameFolder(Path a, Path b) {
        return b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private void remember(UnaryOperator<Settings> change) {
        Optional<String> problem = setup.settings().update(change);
        if (problem.isPresent() && !saveProblemShown) {
            saveProblemShown = true; // once a session: a full disk would otherwise say it on every click
            String detail = problem.get();
            banner.show(BannerViewModel.Severity.ERROR, () -> Messages.get("settings.saveFailed.title"),
                    () -> detail);
        }
    }

    /** The appearance view-model (for the window and tests). */
    AppearanceViewModel appearance() {
        return appearance;
    }

    /** The banner's view-model. */
    BannerViewModel banner() {
        return banner;
    }

    /** The model files' view-model. */
    ModelFilesViewModel files() {
        return files;
    }

    /** The menu commands (for tests, which cannot click native file dialogs). */
    MenuActions actions() {
        return actions;
    }

    /** The menu's commands, forwarded to the window's once it is shown (the menu is built before). */
    private final class Forward implements MenuActions {
        @Override
        public void openModel() {
            if (actions != null) {
                actions.openModel();
            }
        }

        @Override
        public void saveModel() {
            if (actions != null) {
                actions.saveModel();
            }
        }

        @Override
        public void exportCharts(ChartSet charts) {
            if (actions != null) {
                actions.exportCharts(charts);
            }
        }

        @Override
        public void quit() {
            if (actions != null) {
                actions.quit();
            }
        }

        @Override
        public void about() {
            if (actions != null) {
                actions.about();
            }
        }
    }
}
