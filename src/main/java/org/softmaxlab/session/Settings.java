package org.softmaxlab.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * @param datasets         the data set in use first, then the ones used before it, most recent first, at most
 *                         {@value #MAX_DATASETS}: each a known data set's name ("mnist") or an absolute folder;
 *                         empty for the default data set
 * @param drawingsFolder   where the drawing pad saves drawn data sets, absolute; null for its default
 */
public record Settings(TrainConfig trainConfig, Path dataFolder, Theme theme, String languageTag,
                       boolean presentationMode, WindowBounds window, Pace pace, List<String> datasets,
                       Path drawingsFolder) {

    /** How many data sets are remembered: the current one and the recent ones. */
    public static final int MAX_DATASETS = 6;

    /** What a first start uses: d2l's recipe, light theme, English, window placed by the system. */
    public static final Settings DEFAULTS = new Settings(TrainConfig.DEFAULTS, null, Theme.LIGHT, "en", false, null);

    /** Settings at full speed, on the default data set. */
    public Settings(TrainConfig trainConfig, Path dataFolder, Theme theme, String languageTag, boolean presentationMode,
                    WindowBounds window) {
        this(trainConfig, dataFolder, theme, languageTag, presentationMode, window, Pace.FULL_SPEED, List.of());
    }

    /** Settings at full speed. */
    public Settings(TrainConfig trainConfig, Path dataFolder, Theme theme, String languageTag, boolean presentationMode,
                    WindowBounds window, List<String> datasets) {
        this(trainConfig, dataFolder, theme, languageTag, presentationMode, window, Pace.FULL_SPEED, datasets);
    }

    /** Settings with the drawing pad's default folder. */
    public Settings(TrainConfig trainConfig, Path dataFolder, Theme theme, String languageTag, boolean presentationMode,
                    WindowBounds window, Pace pace, List<String> datasets) {
        this(trainConfig, dataFolder, theme, languageTag, presentationMode, window, pace, datasets, null);
    }

    /** Settings on the default data set. */
    public Settings(TrainConfig trainConfig, Path dataFolder, Theme theme, String languageTag, boolean presentationMode,
                    WindowBounds window, Pace pace) {
        this(trainConfig, dataFolder, theme, languageTag, presentationMode, window, pace, List.of());
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
        if (drawingsFolder != null && !drawingsFolder.isAbsolute()) {
            throw new IllegalArgumentException("the drawings folder must be an absolute path (was " + drawingsFolder + ")");
        }
        languageTag = canonicalLanguageTag(languageTag);
        datasets = List.copyOf(datasets);
        if (datasets.size() > MAX_DATASETS) {
            throw new IllegalArgumentException("at most " + MAX_DATASETS + " data sets are remembered (were "
                    + datasets.size() + ")");
        }
        for (String d : datasets) {
            checkDataset(d);
        }
        if (datasets.stream().distinct().count() != datasets.size()) {
            throw new IllegalArgumentException("a data set is remembered twice: " + datasets);
        }
    }

    /**
     * Throws unless {@code choice} is a data set's name (lower-case letters, digits and dashes, e.g.
     * "fashion-mnist") or an absolute folder.
     */
    static void checkDataset(String choice) {
        if (choice == null || choice.isBlank()) {
            throw new IllegalArgumentException("a remembered data set must not be blank");
        }
        if (choice.matches("[a-z0-9-]+")) {
            return;
        }
        if (!Path.of(choice).isAbsolute()) {
            throw new IllegalArgumentException("a remembered data set must be a name such as mnist or an absolute"
                    + " folder (was " + choice + ")");
        }
    }

    /** The data set in use: a name or an absolute folder; null for the default. */
    public String dataset() {
        return datasets.isEmpty() ? null : datasets.get(0);
    }

    /** These settings with {@code choice} as the data set in use and the one before it first among the recent. */
    public Settings withDatasetUsed(String choice) {
        checkDataset(choice);
        List<String> next = new ArrayList<>();
        next.add(choice);
        for (String d : datasets) {
            if (!d.equals(choice) && next.size() < MAX_DATASETS) {
                next.add(d);
            }
        }
        return withDatasets(next);
    }

    public Settings withDatasets(List<String> value) {
        return new Settings(trainConfig, dataFolder, theme, languageTag, presentationMode, window, pace, value, drawingsFolder);
    }

    public Settings withPace(Pace value) {
        return new Settings(trainConfig, dataFolder, theme, languageTag, presentationMode, window, value, datasets, drawingsFolder);
    }

    public Settings withTrainConfig(TrainConfig value) {
        return new Settings(value, dataFolder, theme, languageTag, presentationMode, window, pace, datasets, drawingsFolder);
    }

    public Settings withDataFolder(Path value) {
        return new Settings(trainConfig, value, theme, languageTag, presentationMode, window, pace, datasets, drawingsFolder);
    }

    public Settings withTheme(Theme value) {
        return new Settings(trainConfig, dataFolder, value, languageTag, presentationMode, window, pace, datasets, drawingsFolder);
    }

    public Settings withLanguageTag(String value) {
        return new Settings(trainConfig, dataFolder, theme, value, presentationMode, window, pace, datasets, drawingsFolder);
    }

    public Settings withPresentationMode(boolean value) {
        return new Settings(trainConfig, dataFolder, theme, languageTag, value, window, pace, datasets, drawingsFolder);
    }

    public Settings withDrawingsFolder(Path value) {
        return new Settings(trainConfig, dataFolder, theme, languageTag, presentationMode, window, pace, datasets, value);
    }

    public Settings withWindow(WindowBounds value) {
        return new Settings(trainConfig, dataFolder, theme, languageTag, presentationMode, value, pace, datasets, drawingsFolder);
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
