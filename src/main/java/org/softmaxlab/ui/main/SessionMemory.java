package org.softmaxlab.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.WindowBounds;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.appearance.AppearanceViewModel;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.loading.LoadingViewModel;
import org.softmaxlab.ui.prefs.SettingsNoticeText;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.TrainingViewModel;

/**
 * What the window remembers from one session to the next: it starts the look, the language, the pace
 * and the training form (the model and its hidden units too) as remembered, and saves their changes,
 * the data folder that worked and, on closing, the window's bounds and what was typed. A problem reading or saving is said in the banner.
 */
final class SessionMemory {

    private final WindowSetup setup;
    private final TrainingViewModel training;
    private final LoadingViewModel loading;
    private final AppearanceViewModel appearance;
    private final BannerViewModel banner;
    private final Path startFolder;
    private boolean saveProblemShown;

    /** Puts the remembered look, language and training settings into the view-models, and remembers their changes from now on. */
    SessionMemory(WindowSetup setup, TrainingViewModel training, LoadingViewModel loading,
                  AppearanceViewModel appearance, BannerViewModel banner) {
        this.setup = setup;
        this.training = training;
        this.loading = loading;
        this.appearance = appearance;
        this.banner = banner;
        this.startFolder = setup.dataFolder();
        Settings remembered = setup.settings().current();
        appearance.load(remembered);
        training.settings().load(remembered.trainConfig());
        training.paceProperty().set(remembered.pace());
        setup.settingsNotice().ifPresent(notice -> banner.show(Severity.ERROR,
                () -> Messages.get("settings.notice.title"), () -> SettingsNoticeText.of(notice)));
        rememberChanges();
    }

    /** Where the window was last time, or null on a first start. */
    WindowBounds windowBounds() {
        return setup.settings().current().window();
    }

    /**
     * The window is closing: remembers its bounds (when known) and the settings typed, and saves.
     *
     * @param bounds the window's last bounds while neither maximised nor full screen, or null
     */
    void windowClosing(WindowBounds bounds) {
        remember(settings -> {
            Settings next = bounds != null ? settings.withWindow(bounds) : settings;
            var typed = training.settings().configProperty().get();
            return typed != null ? next.withTrainConfig(typed) : next;
        });
    }

    private void rememberChanges() {
        appearance.themeProperty().addListener((obs, old, now) -> remember(appearance::applyTo));
        appearance.presentationModeProperty().addListener((obs, old, now) -> remember(appearance::applyTo));
        appearance.languageProperty().addListener((obs, old, now) -> remember(appearance::applyTo));
        // A classroom pace is chosen for the lesson, not for one run: kept as soon as it is picked.
        training.paceProperty().addListener((obs, old, now) -> remember(settings -> settings.withPace(now)));
        // So are the model and its hidden units: a teacher who showed the MLP finds it chosen next time.
        training.settings().modelKindProperty().addListener((obs, old, now) -> rememberTypedConfig());
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

    /** The training form as typed, when valid (an invalid form keeps what was remembered). */
    private void rememberTypedConfig() {
        TrainConfig typed = training.settings().configProperty().get();
        if (typed != null) {
            remember(settings -> settings.withTrainConfig(typed));
        }
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

    /** The data set in use and the recent ones, as the chooser has them now. */
    void rememberDatasets(java.util.List<String> datasets) {
        remember(settings -> settings.withDatasets(datasets));
    }

    /** The folder the drawing pad saved in last, or null for its default. */
    Path drawingsFolder() {
        return setup.settings().current().drawingsFolder();
    }

    /** The drawing pad saves in {@code folder} from now on, in this session and the next. */
    void rememberDrawingsFolder(Path folder) {
        remember(settings -> settings.withDrawingsFolder(folder == null ? null : folder.toAbsolutePath()));
    }

    /** The data sets remembered at the start: the one in use first. */
    java.util.List<String> rememberedDatasets() {
        return setup.settings().current().datasets();
    }

    private void remember(UnaryOperator<Settings> change) {
        Optional<String> problem = setup.settings().update(change);
        if (problem.isPresent() && !saveProblemShown) {
            saveProblemShown = true; // once a session: a full disk would otherwise say it on every click
            String detail = problem.get();
            banner.show(Severity.ERROR, () -> Messages.get("settings.saveFailed.title"),
                    () -> detail);
        }
    }
}
