package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.TrainConfig;

@Tag("locale")
class SettingsStoreTest {

    @TempDir
    Path configDir;

    private SettingsStore store() {
        return new SettingsStore(configDir);
    }

    private Path file() {
        return configDir.resolve(SettingsStore.FILE_NAME);
    }

    private Path badFile() {
        return configDir.resolve(SettingsStore.BAD_FILE_NAME);
    }

    private Settings everythingChanged() {
        // The model, its hidden units and the pace too: a restart used to bring back softmax regression at
        // full speed (issue 21, item 8).
        return new Settings(new TrainConfig(25, 0.03, 128, 0.05, -3L, LossFormula.NAIVE)
                .withModel(org.softmaxlab.train.ModelSpec.mlp(64)),
                configDir.resolve("Données de cours/时尚 \\ data"), Theme.DARK, "zh-CN", true,
                new WindowBounds(-1280.5, 24, 1024.25, 768), org.softmaxlab.train.Pace.perEpoch(30),
                List.of(configDir.resolve("我的涂鸦").toAbsolutePath().toString(), "mnist", "fashion-mnist"),
                configDir.resolve("课堂 drawings").toAbsolutePath());
    }

    @Test
    void aFirstStartGetsTheDefaultsSilentlyAndWritesNothing() throws IOException {
        LoadedSettings loaded = store().load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertTrue(loaded.notice().isEmpty());
        assertEquals(List.of(), filesIn(configDir));
    }

    @Test
    void savedSettingsComeBackExactly() throws IOException {
        store().save(everythingChanged());

        LoadedSettings loaded = store().load();

        assertEquals(everythingChanged(), loaded.settings());
        assertTrue(loaded.notice().isEmpty());
        assertEquals(List.of(file()), filesIn(configDir));
    }

    @Test
    void aPaceOrModelTheWindowDoesNotOfferIsIgnoredAndSaid() throws IOException {
        Files.createDirectories(configDir);
        Files.writeString(file(), "format=1\ntrain.epochs=7\ntrain.model=cnn\nrun.pace=7 s/epoch\n");
        LoadedSettings loaded = store().load();
        assertEquals(Settings.DEFAULTS.withTrainConfig(TrainConfig.DEFAULTS.withEpochs(7)), loaded.settings());
        String said = loaded.notice().orElseThrow().toString();
        assertTrue(said.contains("train.model=cnn") && said.contains("run.pace=7 s/epoch"), said);
    }

    @Test
    void theDefaultsRoundTripWithoutDataFolderOrWindow() throws IOException {
        store().save(Settings.DEFAULTS);

        assertEquals(Settings.DEFAULTS, store().load().settings());
        String text = Files.readString(file(), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("window.") || text.contains("data.folder"), text);
    }

    @Test
    void theFileIsReadableAsciiWithDotDecimalsInAnyLocale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            store().save(everythingChanged());
        } finally {
            Locale.setDefault(before);
        }
        String text = Files.readString(file(), StandardCharsets.ISO_8859_1);

        assertTrue(text.contains("\ntrain.learning_rate=0.03\n"), text);
        assertTrue(text.contains("\nwindow.width=1024.25\n"), text);
        assertTrue(text.contains("\nui.language=zh-CN\n"), text);
        assertTrue(text.chars().allMatch(c -> c < 128), "non-ASCII characters are escaped: " + text);
        assertTrue(text.indexOf("train.epochs") < text.indexOf("train.learning_rate")
                && text.indexOf("train.loss") < text.indexOf("ui.theme"), "settings in a fixed order: " + text);
    }

    @Test
    void invalidValuesFallBackToTheirDefaultsOneByOneAndTheFileIsKeptAside() throws IOException {
        String text = """
                train.epochs=5
                train.learning_rate=-1
                train.batch_size=lots
                train.loss=fancy
                ui.theme=dark
                ui.language=!!
                ui.presentation_mode=yes
                data.folder=relative/folder
                window.x=10
                window.y=20
                window.width=NaN
                window.height=600
                """;
        Files.writeString(file(), text);

        LoadedSettings loaded = store().load();

        Settings expected = Settings.DEFAULTS.withTrainConfig(TrainConfig.DEFAULTS.withEpochs(5)).withTheme(Theme.DARK);
        assertEquals(expected, loaded.settings());
        String notice = loaded.notice().orElseThrow().describe();
        for (String part : List.of(
                "train.learning_rate=-1 (learning rate must be a finite number greater than 0 (was -1.0)",
                "train.batch_size=lots ('lots' is not a number)",
                "train.loss=fancy (unknown loss formula 'fancy'; use stable or naive)",
                "ui.language=!! (the language must be a language tag such as en or zh-CN",
                "ui.presentation_mode=yes (use true or false)",
                "data.folder=relative/folder (the data folder must be an absolute path",
                "window.width=NaN, window.height=600 (window width must be a finite number greater than 0 (was NaN))",
                "kept as " + badFile())) {
            assertTrue(notice.contains(part), part + " in: " + notice);
        }
        assertFalse(notice.contains("train.epochs") || notice.contains("ui.theme"), notice);
        assertEquals(text, Files.readString(badFile()));
        assertFalse(Files.exists(file()));
    }

    @Test
    void aWindowWithoutAllFourValuesIsDropped() throws IOException {
        Files.writeString(file(), "ui.theme=dark\nwindow.width=800\nwindow.height=600\n");

        LoadedSettings loaded = store().load();

        assertNull(loaded.settings().window());
        assertEquals(Theme.DARK, loaded.settings().theme());
        assertTrue(loaded.notice().orElseThrow().describe().contains("the window needs all of x, y, width and height"));
    }

    @Test
    void anUnparseableFileGivesAllDefaultsAndIsKeptAside() throws IOException {
        byte[] corrupt = "train.epochs=\\uZZ12\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file(), corrupt);

        LoadedSettings loaded = store().load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        String notice = loaded.notice().orElseThrow().describe();
        assertTrue(notice.contains("could not be read as a settings file (Malformed \\uxxxx encoding.)"), notice);
        assertEquals(new SettingsNotice(SettingsNotice.Problem.NOT_A_SETTINGS_FILE, file(),
                "Malformed \\uxxxx encoding.", SettingsNotice.Aside.KEPT, badFile().toString()),
                loaded.notice().orElseThrow());
        assertTrue(notice.contains("all settings are back to their defaults"), notice);
        assertEquals(List.of(badFile()), filesIn(configDir));
        assertEquals(new String(corrupt, StandardCharsets.ISO_8859_1),
                Files.readString(badFile(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void binaryGarbageHoldsNoSettings() throws IOException {
        byte[] garbage = new byte[300];
        new Random(5).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            // No backslashes, so Properties parses it into junk keys instead of rejecting a bad escape.
            garbage[i] = garbage[i] == '\\' ? (byte) 'x' : garbage[i];
        }
        Files.write(file(), garbage);

        LoadedSettings loaded = store().load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertTrue(loaded.notice().orElseThrow().describe().contains("holds no SoftmaxLab settings"),
                loaded.notice().get().describe());
        assertEquals(SettingsNotice.Problem.NO_SETTINGS, loaded.notice().get().problem());
        assertTrue(Files.exists(badFile()));
    }

    @Test
    void missingAndUnknownKeysAreNotProblems() throws IOException {
        Files.writeString(file(), "ui.theme=dark\nui.future_feature=on\n");

        LoadedSettings loaded = store().load();

        assertEquals(Settings.DEFAULTS.withTheme(Theme.DARK), loaded.settings());
        assertTrue(loaded.notice().isEmpty());
        assertEquals(List.of(file()), filesIn(configDir));
    }

    @Test
    void savingAfterABadFileWritesAFreshOneAndReplacesAnOlderBadCopy() throws IOException {
        Files.writeString(badFile(), "an older bad copy");
        Files.writeString(file(), "train.epochs=0\n");
        Settings loaded = store().load().settings();

        store().save(loaded.withPresentationMode(true));

        assertEquals("train.epochs=0\n", Files.readString(badFile()));
        LoadedSettings again = store().load();
        assertEquals(Settings.DEFAULTS.withPresentationMode(true), again.settings());
        assertTrue(again.notice().isEmpty());
    }

    @Test
    void aFileThatCannotBeReadIsLeftWhereItIs() throws IOException {
        Files.createDirectory(file());

        LoadedSettings loaded = store().load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertTrue(loaded.notice().orElseThrow().describe().contains("could not be read"),
                loaded.notice().get().describe());
        assertEquals(SettingsNotice.Problem.UNREADABLE, loaded.notice().get().problem());
        assertEquals(SettingsNotice.Aside.LEFT_IN_PLACE, loaded.notice().get().aside(), "nothing was moved");
        assertTrue(Files.isDirectory(file()));
        assertFalse(Files.exists(badFile()));
    }

    @Test
    void savingCreatesTheConfigFolder() throws IOException {
        SettingsStore nested = new SettingsStore(configDir.resolve("a/b"));

        nested.save(Settings.DEFAULTS);

        assertEquals(Settings.DEFAULTS, nested.load().settings());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
