package org.softmaxlab.session;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Why saved settings were not all used, and what became of the file: the facts, so that the window
 * says them in its language. {@link #describe()} says them in English, from patterns a test keeps
 * identical to the English bundle's.
 *
 * @param problem     what was wrong
 * @param file        the settings file
 * @param detail      the reader's own words, kept as they are: why reading failed, or the entries
 *                    ignored, each as "key=value (why)" in the file's own terms
 * @param aside       what became of the file
 * @param asideDetail where it was kept ({@link Aside#KEPT}), why it could not be ({@link Aside#NOT_KEPT}),
 *                    or empty ({@link Aside#LEFT_IN_PLACE})
 */
public record SettingsNotice(Problem problem, Path file, String detail, Aside aside, String asideDetail) {

    /** Joins the problem and what became of the file; {0} the problem, {1} the file's fate. */
    public static final String WITH_ASIDE = "{0} {1}";

    /** What was wrong. Patterns: {0} the file, {1} the detail. */
    public enum Problem {
        UNREADABLE("Your settings could not be read from {0} ({1}), so the defaults are used."),
        NOT_A_SETTINGS_FILE("Your settings file {0} could not be read as a settings file ({1}), so all settings "
                + "are back to their defaults."),
        NO_SETTINGS("Your settings file {0} holds no SoftmaxLab settings, so all settings are back to their "
                + "defaults."),
        SOME_IGNORED("Some saved settings could not be used and are back to their defaults: {1}.");

        private final String pattern;

        Problem(String pattern) {
            this.pattern = pattern;
        }

        /** The English pattern. */
        public String pattern() {
            return pattern;
        }
    }

    /** What became of the file. Patterns: {0} the aside detail. */
    public enum Aside {
        /** Left where it is (maybe only locked or unreadable for now). */
        LEFT_IN_PLACE(""),
        KEPT("The original file was kept as {0}."),
        NOT_KEPT("The original file could not be kept aside ({0}) and will be replaced when settings are next "
                + "saved.");

        private final String pattern;

        Aside(String pattern) {
            this.pattern = pattern;
        }

        /** The English pattern; empty for {@link #LEFT_IN_PLACE}. */
        public String pattern() {
            return pattern;
        }
    }

    public SettingsNotice {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(aside, "aside");
        detail = String.valueOf(detail);
        asideDetail = String.valueOf(asideDetail);
    }

    /** The notice in English. */
    public String describe() {
        String said = english(problem.pattern(), file, detail);
        return aside == Aside.LEFT_IN_PLACE ? said : english(WITH_ASIDE, said, english(aside.pattern(), asideDetail));
    }

    private static String english(String pattern, Object... args) {
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    @Override
    public String toString() {
        return describe();
    }
}
