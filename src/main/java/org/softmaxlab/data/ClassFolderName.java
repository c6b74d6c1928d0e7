package org.softmaxlab.data;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a class name can be a folder's name on every system an image folder travels to (Linux,
 * Windows, macOS; FAT-formatted memory sticks): in the ImageFolder convention the folder's name is
 * the class name, so a name that one system cannot write, or that a reader skips (hidden), would
 * lose the class. Names in any script are fine.
 */
public final class ClassFolderName {

    /** Longest name, in characters: well within every file system's 255 bytes even in UTF-8 Chinese. */
    public static final int MAX_LENGTH = 60;

    /** What is wrong with a name. */
    public enum Problem {
        /** Empty or only spaces. */
        BLANK,
        /** Longer than {@link #MAX_LENGTH}. */
        TOO_LONG,
        /** Holds one of {@code / \ : * ? " < > |} or a control character. */
        FORBIDDEN_CHARACTER,
        /** Starts with a dot (a hidden folder, skipped by readers) or ends with a dot or space (Windows drops them). */
        DOT_OR_SPACE_AT_THE_END,
        /** A name Windows keeps for devices: CON, PRN, AUX, NUL, COM1–9, LPT1–9. */
        RESERVED,
        /** Another class has this name (names differing only in case count as the same: Windows and macOS do). */
        TAKEN
    }

    private static final String FORBIDDEN = "/\\:*?\"<>|";
    private static final Set<String> RESERVED_NAMES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private ClassFolderName() {
    }

    /**
     * What is wrong with {@code name} as a new class beside {@code others}, or empty when it is usable.
     * The name is taken as given: callers strip surrounding spaces first if they want to.
     */
    public static Optional<Problem> problem(String name, Collection<String> others) {
        if (name == null || name.isBlank()) {
            return Optional.of(Problem.BLANK);
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) {
                return Optional.of(Problem.FORBIDDEN_CHARACTER);
            }
        }
        if (name.startsWith(".") || name.endsWith(".") || name.endsWith(" ") || name.startsWith(" ")) {
            return Optional.of(Problem.DOT_OR_SPACE_AT_THE_END);
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED_NAMES.contains(stem.toUpperCase(Locale.ROOT))) {
            return Optional.of(Problem.RESERVED);
        }
        for (String other : others) {
            if (other.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(Problem.TAKEN);
            }
        }
        return Optional.empty();
    }
}
