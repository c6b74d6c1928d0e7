package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.softmaxlab.train.TrainConfig;

@Tag("locale")
class SettingsTest {

    @ParameterizedTest
    @CsvSource({"en, en", "EN, en", "zh-cn, zh-CN", "zh_CN, zh-CN", "' de-AT ', de-AT", "sr-Latn-RS, sr-Latn-RS"})
    void languageTagsAreKeptInCanonicalForm(String given, String canonical) {
        assertEquals(canonical, Settings.DEFAULTS.withLanguageTag(given).languageTag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!", "en-!!", "english please"})
    void malformedLanguageTagsAreRefused(String tag) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.DEFAULTS.withLanguageTag(tag));

        assertTrue(e.getMessage().contains("such as en or zh-CN"), e.getMessage());
    }

    @Test
    void onlyValidTrainingSettingsAndAbsoluteDataFoldersAreKept() {
        assertThrows(IllegalArgumentException.class,
                () -> Settings.DEFAULTS.withTrainConfig(TrainConfig.DEFAULTS.withLearningRate(-1)));
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULTS.withDataFolder(Path.of("data")));
    }

    @Test
    void windowBoundsNeedFiniteCoordinatesAndAPositiveSize() {
        assertEquals(-1920.0, new WindowBounds(-1920, 0, 800, 600).x());
        assertThrows(IllegalArgumentException.class, () -> new WindowBounds(Double.NaN, 0, 800, 600));
        assertThrows(IllegalArgumentException.class, () -> new WindowBounds(0, 0, 0, 600));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WindowBounds(0, 0, 800, Double.POSITIVE_INFINITY));
        assertEquals("window height must be a finite number greater than 0 (was Infinity)", e.getMessage());
    }

    @Test
    void themesByName() {
        assertEquals(Theme.DARK, Theme.fromId(" Dark "));
        assertThrows(IllegalArgumentException.class, () -> Theme.fromId("purple"));
    }
}
