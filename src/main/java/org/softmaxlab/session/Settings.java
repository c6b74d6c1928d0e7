package org.softmaxlab.session;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.TrainConfig;

/**
 * What SoftmaxLab remembers between sessions. Every instance is valid, so whatever is stored can be
 * used as it is when read back; use the {@code with…} methods to change one setting.
 *
 * @param trainConfig      the training settings last used; valid
 * @param dataFolder       the Fashion-MNIST folder the user chose, absolute; null to search the usual places
 * @param theme            light or dark
 * @param languageTag      the interface language as a BCP 47 tag such as "en" or "zh-CN", kept in canonical
 *                         form; whether there is a translation for it is the GUI's business
 * @param presentationMode larger fonts and thicker lines for a projector
 * @param window           where the main window was; null to let the window system place it (first start)
 * @param pace             how fast the window's runs go (a teacher's classroom pace stays for the next lesson)
 */
public record Settings(TrainConfig trainConfig, Path dataFolder, Theme theme, String languageTag,
                       boolean presentationMode, WindowBounds window, Pace pace) {

    /** What a first start uses: d2l's recipe, light theme, English, window placed by the system, full speed. */
    public static final Settings DEFAULTS = new Settings(TrainConfig.DEFAULTS, null, Theme.LIGHT, "en", false, null);

    /** Settings at full speed. */
    public Settings(TrainConfig trainConfig, Path dataFolder, Theme theme, String languageTag, boolean presentationMode,
                    WindowBounds window) {
        this(trainConfig, dataFolder, theme, languageTag, presentationMode, window, Pace.FULL_SPEED);
    }

    /** @throws IllegalArgumentException naming the setting and its value, if one is invalid */
    public Settings {
        Objects.requireNonNull(trainConfig, "trainConfig");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(languageTag, "languageTag");
        Objects.requireNonNull(pace, "pace");
        trainConfig.validate();
        if (dataFolder != null && !dataFolder.isAbsolute()) {
            throw new IllegalArgumentException("the data folder must be an absolute path (was " + dataFolder + ")");
        }
        languageTag = canonicalLanguageTag(languageTag);
    }

    public Settings withTrainConfig(TrainConfig value) {
        return new Settings(value, dataFolder, theme, languageTag, presentationMode, window, pace);
    }

    public Settings withDataFolder(Path value) {
        return new Settings(trainConfig, value, theme, languageTag, presentationMode, window, pace);
    }

    public Settings withTheme(Theme value) {
        return new Settings(trainConfig, dataFolder, value, languageTag, presentationMode, window, pace);
    }

    public Settings withLanguageTag(String value) {
        return new Settings(trainConfig, dataFolder, theme, value, presentationMode, window, pace);
    }

    public Settings withPresentationMode(boolean value) {
        return new Settings(trainConfig, dataFolder, theme, languageTag, value, window, pace);
    }

    public Settings withWindow(WindowBounds value) {
        return new Settings(trainConfig, dataFolder, theme, languageTag, presentationMode, value, pace);
    }

    public Settings withPace(Pace value) {
        return new Settings(trainConfig, dataFolder, theme, languageTag, presentationMode, window, value);
    }

    /**
     * "zh-CN" for "zh-cn" or "zh_CN" (a common slip); rejects what Java would silently shorten,
     * since {@link Locale#forLanguageTag} drops everything from the first ill-formed part on.
     */
    private static String canonicalLanguageTag(String tag) {
        String candidate = tag.trim().replace('_', '-');
        String canonical = Locale.forLanguageTag(candidate).toLanguageTag();
        if (canonical.equals("und") || !canonical.equalsIgnoreCase(candidate)) {
            throw new IllegalArgumentException("the language must be a language tag such as en or zh-CN (was '"
                    + tag + "')");
        }
        return canonical;
    }
}
