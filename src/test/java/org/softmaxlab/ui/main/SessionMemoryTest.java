package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.SettingsNotice;
import org.softmaxlab.session.Theme;
import org.softmaxlab.testing.SyntheticData;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.TestData;
import org.softmaxlab.ui.appearance.AppearanceViewModel;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.files.FilePicker;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.DatasetDownloads;
import org.softmaxlab.ui.loading.FolderResolver;
import org.softmaxlab.ui.loading.LoadingViewModel;
import org.softmaxlab.ui.prefs.RememberedSettings;
import org.softmaxlab.ui.run.FakeRunner;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.status.StatusViewModel;

/** The remembered settings and the view-models, mapped both ways, without a window. */
class SessionMemoryTest {

    private static final Executor SAME_THREAD = Runnable::run;
    private static final TrainConfig REMEMBERED = new TrainConfig(3, 0.03, 64, 0.02, 5L, LossFormula.STABLE);
    private static final FilePicker NO_FILES = new FilePicker() {
        @Override
        public Optional<Path> chooseSave(javafx.stage.Window owner, org.softmaxlab.ui.files.FileKind kind,
                                         String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseOpen(javafx.stage.Window owner, org.softmaxlab.ui.files.FileKind kind) {
            return Optional.empty();
        }
    };

    @TempDir
    Path dir;

    private final List<Settings> saved = new ArrayList<>();
    private final StatusViewModel status = new StatusViewModel();
    private final TrainingViewModel training = new TrainingViewModel(status);

    @AfterEach
    void englishAgain() {
        Messages.setLanguage(Language.ENGLISH);
    }

    private LoadingViewModel loading(Path initial) {
        DataLoading data = new DataLoading(SAME_THREAD, FolderResolver.AS_GIVEN, folder -> SyntheticData.dataset(600, 100, 1));
        DatasetDownloads downloads = new DatasetDownloads(SAME_THREAD, () -> {
            throw new AssertionError("no download here");
        });
        return new LoadingViewModel(data, downloads, initial, BackgroundTasks.sameThread(), loaded -> { });
    }

    private final AppearanceViewModel appearance = new AppearanceViewModel();
    private final BannerViewModel banner = new BannerViewModel();

    private SessionMemory memory(Settings remembered, Optional<SettingsNotice> notice, Path dataFolder,
                                 LoadingViewModel loading) {
        WindowSetup setup = new WindowSetup(new RememberedSettings(remembered, saved::add), notice, dataFolder,
                NO_FILES);
        return new SessionMemory(setup, training, loading, appearance, banner);
    }

    private Settings lastSaved() {
        return saved.get(saved.size() - 1);
    }

    @Test
    void theFormAndTheLookStartAsRemembered() {
        Settings remembered = Settings.DEFAULTS.withTrainConfig(REMEMBERED).withTheme(Theme.DARK)
                .withPresentationMode(true);
        memory(remembered, Optional.empty(), null, loading(null));
        assertEquals(REMEMBERED, training.settings().configProperty().get());
        assertEquals("0.03", training.settings().textProperty(Field.LEARNING_RATE).get());
        assertEquals(Theme.DARK, appearance.theme());
        assertTrue(appearance.presentationModeProperty().get());
        assertTrue(saved.isEmpty(), "nothing changed, nothing written");
    }

    /** Failed before: the pace came back at full speed and the model as softmax regression (issue 21, item 8). */
    @Test
    void thePaceTheModelAndItsHiddenUnitsComeBackAndTheirChangesAreSavedAtOnce() {
        Settings remembered = Settings.DEFAULTS.withTrainConfig(REMEMBERED.withModel(ModelSpec.mlp(48)))
                .withPace(Pace.perEpoch(30));
        memory(remembered, Optional.empty(), null, loading(null));
        assertEquals(Pace.perEpoch(30), training.paceProperty().get());
        assertEquals(ModelSpec.Kind.MLP, training.settings().modelKindProperty().get());
        assertEquals("48", training.settings().textProperty(Field.HIDDEN).get());
        assertTrue(saved.isEmpty(), "nothing changed, nothing written");

        training.paceProperty().set(Pace.perSecond(4));
        assertEquals(Pace.perSecond(4), lastSaved().pace());
        training.settings().modelKindProperty().set(ModelSpec.Kind.SOFTMAX);
        assertEquals(ModelSpec.SOFTMAX, lastSaved().trainConfig().model());
        assertEquals(Pace.perSecond(4), lastSaved().pace(), "one change does not undo another");
    }

    @Test
    void changesOfLookAndLanguageAreSavedAtOnce() {
        memory(Settings.DEFAULTS, Optional.empty(), null, loading(null));
        appearance.themeProperty().set(Theme.DARK);
        assertEquals(Theme.DARK, lastSaved().theme());
        appearance.presentationModeProperty().set(true);
        assertTrue(lastSaved().presentationMode());

        appearance.languageProperty().set(Language.SIMPLIFIED_CHINESE);
        assertEquals("zh-CN", lastSaved().languageTag());
    }

    @Test
    void theSettingsOfARunAreRememberedWhenItStartsAndWhatIsTypedOnClosing() {
        SessionMemory memory = memory(Settings.DEFAULTS, Optional.empty(), null, loading(null));
        training.dataReady(new FakeRunner());
        training.settings().textProperty(Field.EPOCHS).set("4");
        training.start();
        assertEquals(TrainConfig.DEFAULTS.withEpochs(4), lastSaved().trainConfig());

        training.stop();
        training.settings().textProperty(Field.BATCH_SIZE).set("not yet");
        memory.windowClosing(null);
        assertEquals(TrainConfig.DEFAULTS.withEpochs(4), lastSaved().trainConfig(), "an invalid form is not saved");
        assertNull(lastSaved().window(), "no window was shown, so no bounds");
    }

    @Test
    void aSetupThatSavesNothingKeepsTheSettingsButWritesNoFile() {
        WindowSetup setup = new WindowSetup(new RememberedSettings(Settings.DEFAULTS.withTheme(Theme.DARK), saved::add),
                Optional.empty(), null, NO_FILES).savingNothing();
        SessionMemory memory = new SessionMemory(setup, training, loading(null), appearance, banner);
        assertEquals(Theme.DARK, appearance.theme());
        training.dataReady(new FakeRunner());
        training.start();
        appearance.themeProperty().set(Theme.LIGHT);
        memory.windowClosing(null);
        assertTrue(saved.isEmpty(), "the self-check must not change what the user remembers");
        assertEquals(Theme.LIGHT, setup.settings().current().theme());
    }

    @Test
    void aCorruptStoreIsExplainedInTheBanner() {
        SettingsNotice garbage = new SettingsNotice(SettingsNotice.Problem.NO_SETTINGS, Path.of("/home/ada/settings"),
                "", SettingsNotice.Aside.KEPT, "/home/ada/settings.bad");
        memory(Settings.DEFAULTS, Optional.of(garbage), null, loading(null));
        assertTrue(banner.showingProperty().get());
        assertEquals(Severity.ERROR, banner.severityProperty().get());
        assertEquals("Your saved settings could not all be used", banner.titleProperty().get());
        assertEquals(garbage.describe(), banner.detailProperty().get());
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        try {
            banner.relocalize();
            assertEquals("你的设置文件 " + Path.of("/home/ada/settings") + " 中没有 SoftmaxLab 的设置，因此所有设置都已恢复为默认值。"
                    + "原文件已保留为 /home/ada/settings.bad。", banner.detailProperty().get());
        } finally {
            Messages.setLanguage(Language.ENGLISH);
        }
    }

    @Test
    void aFolderChosenOnTheLoadingCardIsRememberedOnceTheDataLoads() throws Exception {
        Path chosen = Files.createDirectory(dir.resolve("fmnist"));
        LoadingViewModel loading = loading(null);
        memory(Settings.DEFAULTS, Optional.empty(), null, loading);
        loading.chooseDirectory(chosen);
        assertEquals(LoadingViewModel.Phase.READY, loading.phaseProperty().get());
        assertEquals(chosen.toAbsolutePath(), lastSaved().dataFolder());
    }

    @Test
    void aRememberedFolderIsForgottenWhenTheDataCameFromElsewhere() throws Exception {
        Path remembered = Files.createDirectory(dir.resolve("old"));
        Path elsewhere = Files.createDirectory(dir.resolve("cache"));
        LoadingViewModel loading = loading(elsewhere);
        memory(Settings.DEFAULTS.withDataFolder(remembered), Optional.empty(), remembered, loading);
        loading.start();
        assertEquals(LoadingViewModel.Phase.READY, loading.phaseProperty().get());
        assertNull(lastSaved().dataFolder());
    }
}
