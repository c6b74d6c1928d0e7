package org.softmaxlab.data;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * SoftmaxLab's per-user folders, where each operating system expects them.
 *
 * <table>
 *   <caption>Folders by system</caption>
 *   <tr><th></th><th>cache (downloads)</th><th>config (settings)</th></tr>
 *   <tr><td>Linux</td><td>{@code $XDG_CACHE_HOME/softmaxlab}, else {@code ~/.cache/softmaxlab}</td>
 *       <td>{@code $XDG_CONFIG_HOME/softmaxlab}, else {@code ~/.config/softmaxlab}</td></tr>
 *   <tr><td>Windows</td><td>{@code %LOCALAPPDATA%\SoftmaxLab}</td><td>{@code %APPDATA%\SoftmaxLab}</td></tr>
 *   <tr><td>macOS</td><td>{@code ~/Library/Caches/SoftmaxLab}</td>
 *       <td>{@code ~/Library/Application Support/SoftmaxLab}</td></tr>
 * </table>
 *
 * <p>The system property {@value #HOME_PROPERTY} puts everything under one folder instead
 * ({@code <home>/cache}, {@code <home>/config}): for portable installs and for tests.
 *
 * <p>The folders are only named here, not created; whoever writes into one creates it.
 */
public final class AppDirectories {

    /** System property that moves all of SoftmaxLab's folders under one folder. */
    public static final String HOME_PROPERTY = "softmaxlab.home";

    /** The name of the data set's folder inside the cache folder. */
    public static final String DATASET_FOLDER_NAME = "fashion-mnist";

    private final Path cacheDir;
    private final Path configDir;

    private AppDirectories(Path cacheDir, Path configDir) {
        this.cacheDir = cacheDir;
        this.configDir = configDir;
    }

    /** The folders of the user running this JVM (from its environment and system properties). */
    public static AppDirectories forCurrentUser() {
        return resolve(System.getenv(), systemProperties());
    }

    /** The folders under one base folder, as with {@value #HOME_PROPERTY}. */
    public static AppDirectories under(Path home) {
        return new AppDirectories(home.resolve("cache"), home.resolve("config"));
    }

    /**
     * The folders that the given environment and system properties imply.
     *
     * @param env        environment variables (XDG_*, LOCALAPPDATA, APPDATA)
     * @param properties system properties: {@code os.name}, {@code user.home}, optionally
     *                   {@value #HOME_PROPERTY}
     * @throws IllegalStateException if a folder is needed from {@code user.home} and it is not set
     */
    public static AppDirectories resolve(Map<String, String> env, Map<String, String> properties) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(properties, "properties");
        String home = properties.get(HOME_PROPERTY);
        if (isSet(home)) {
            return under(Path.of(home));
        }
        switch (OperatingSystem.fromOsName(properties.get("os.name"))) {
            case WINDOWS:
                return new AppDirectories(
                        windowsFolder(env, "LOCALAPPDATA", properties, "AppData", "Local"),
                        windowsFolder(env, "APPDATA", properties, "AppData", "Roaming"));
            case MAC:
                Path library = userHome(properties).resolve("Library");
                return new AppDirectories(library.resolve("Caches").resolve("SoftmaxLab"),
                        library.resolve("Application Support").resolve("SoftmaxLab"));
            default:
                return new AppDirectories(
                        xdgFolder(env, "XDG_CACHE_HOME", properties, ".cache"),
                        xdgFolder(env, "XDG_CONFIG_HOME", properties, ".config"));
        }
    }

    /** Where downloads and other re-creatable files go. */
    public Path cacheDir() {
        return cacheDir;
    }

    /** Where settings go. */
    public Path configDir() {
        return configDir;
    }

    /** Where SoftmaxLab keeps its own copy of Fashion-MNIST: {@code <cache>/fashion-mnist}. */
    public Path datasetCacheDir() {
        return cacheDir.resolve(DATASET_FOLDER_NAME);
    }

    @Override
    public String toString() {
        return "AppDirectories[cache=" + cacheDir + ", config=" + configDir + "]";
    }

    private static Path xdgFolder(Map<String, String> env, String variable, Map<String, String> properties,
            String fallback) {
        String value = env.get(variable);
        // The XDG spec says relative paths in these variables are invalid and must be ignored.
        if (isSet(value) && Path.of(value).isAbsolute()) {
            return Path.of(value, "softmaxlab");
        }
        return userHome(properties).resolve(fallback).resolve("softmaxlab");
    }

    private static Path windowsFolder(Map<String, String> env, String variable, Map<String, String> properties,
            String... fallbackUnderHome) {
        String value = env.get(variable);
        if (isSet(value)) {
            return Path.of(value, "SoftmaxLab");
        }
        // Set on every normal Windows login; the fallback covers stripped-down service accounts.
        return Path.of(userHome(properties).toString(), fallbackUnderHome).resolve("SoftmaxLab");
    }

    private static Path userHome(Map<String, String> properties) {
        String home = properties.get("user.home");
        if (!isSet(home)) {
            throw new IllegalStateException("the system property user.home is not set, so SoftmaxLab cannot "
                    + "find its folders; set -D" + HOME_PROPERTY + "=DIR");
        }
        return Path.of(home);
    }

    /** A snapshot of this JVM's system properties as a map, the form the testable factories take. */
    static Map<String, String> systemProperties() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().stringPropertyNames().forEach(k -> properties.put(k, System.getProperty(k)));
        return properties;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
