package org.softmaxlab.data;

import java.util.Locale;

/** The operating-system families whose folder conventions SoftmaxLab follows. */
public enum OperatingSystem {
    /** Linux and other Unix systems: XDG base directories. */
    LINUX,
    /** macOS: {@code ~/Library}. */
    MAC,
    /** Windows: {@code %LOCALAPPDATA%} and {@code %APPDATA%}. */
    WINDOWS;

    /** The family of the system named by the {@code os.name} system property; Unix-like if unknown. */
    public static OperatingSystem fromOsName(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MAC;
        }
        return LINUX;
    }

    /** The family of the system this JVM runs on. */
    public static OperatingSystem current() {
        return fromOsName(System.getProperty("os.name"));
    }
}
