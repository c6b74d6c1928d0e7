package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("locale")
class AppDirectoriesTest {

    private static final Map<String, String> LINUX = Map.of("os.name", "Linux", "user.home", "/home/ada");
    private static final Map<String, String> MAC = Map.of("os.name", "Mac OS X", "user.home", "/Users/ada");
    private static final Map<String, String> WINDOWS = Map.of("os.name", "Windows 11", "user.home", "C:\\Users\\ada");

    /** Resolves the folders for that environment and system properties, and checks cache and config. */
    private static AppDirectories assertFolders(Map<String, String> env, Map<String, String> system, Path cache,
                                                Path config) {
        AppDirectories dirs = AppDirectories.resolve(env, system);
        assertEquals(cache, dirs.cacheDir(), "cache folder");
        assertEquals(config, dirs.configDir(), "config folder");
        return dirs;
    }

    @Test
    void linuxUsesXdgVariables() {
        AppDirectories dirs = assertFolders(
                Map.of("XDG_CACHE_HOME", "/var/cache/ada", "XDG_CONFIG_HOME", "/etc/ada"), LINUX,
                Path.of("/var/cache/ada/softmaxlab"), Path.of("/etc/ada/softmaxlab"));
        assertEquals(Path.of("/var/cache/ada/softmaxlab/fashion-mnist"), dirs.datasetCacheDir());
    }

    @Test
    void linuxFallsBackToDotFoldersInHome() {
        assertFolders(Map.of(), LINUX,
                Path.of("/home/ada/.cache/softmaxlab"),
                Path.of("/home/ada/.config/softmaxlab"));
    }

    @Test
    void linuxIgnoresEmptyAndRelativeXdgValuesAsTheSpecSays() {
        assertFolders(Map.of("XDG_CACHE_HOME", "", "XDG_CONFIG_HOME", "relative/config"), LINUX,
                Path.of("/home/ada/.cache/softmaxlab"),
                Path.of("/home/ada/.config/softmaxlab"));
    }

    @Test
    void windowsUsesLocalAppDataForCacheAndAppDataForConfig() {
        String local = "C:\\Users\\ada\\AppData\\Local";
        String roaming = "C:\\Users\\ada\\AppData\\Roaming";
        assertFolders(Map.of("LOCALAPPDATA", local, "APPDATA", roaming), WINDOWS,
                Path.of(local, "SoftmaxLab"),
                Path.of(roaming, "SoftmaxLab"));
    }

    @Test
    void windowsWithoutAppDataVariablesFallsBackUnderHome() {
        assertFolders(Map.of(), WINDOWS,
                Path.of("C:\\Users\\ada", "AppData", "Local", "SoftmaxLab"),
                Path.of("C:\\Users\\ada", "AppData", "Roaming", "SoftmaxLab"));
    }

    @Test
    void macUsesLibraryFoldersAndIgnoresXdg() {
        assertFolders(Map.of("XDG_CACHE_HOME", "/tmp/xdg"), MAC,
                Path.of("/Users/ada/Library/Caches/SoftmaxLab"),
                Path.of("/Users/ada/Library/Application Support/SoftmaxLab"));
    }

    @ParameterizedTest
    @CsvSource({"Linux", "Mac OS X", "Windows 10"})
    void homePropertyPutsEverythingUnderOneFolderOnEverySystem(String osName) {
        AppDirectories dirs = assertFolders(Map.of("XDG_CACHE_HOME", "/x", "LOCALAPPDATA", "C:\\x"),
                Map.of("os.name", osName, "user.home", "/home/ada", AppDirectories.HOME_PROPERTY, "/opt/lab"),
                Path.of("/opt/lab/cache"),
                Path.of("/opt/lab/config"));
        assertEquals(Path.of("/opt/lab/cache/fashion-mnist"), dirs.datasetCacheDir());
    }

    @Test
    void missingUserHomeSaysHowToFixIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AppDirectories.resolve(Map.of(), Map.of("os.name", "Linux")));

        assertTrue(e.getMessage().contains("-Dsoftmaxlab.home=DIR"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "Linux, LINUX", "FreeBSD, LINUX", "SunOS, LINUX", "Mac OS X, MAC", "Darwin, MAC",
        "Windows 10, WINDOWS", "Windows Server 2022, WINDOWS"})
    void operatingSystemFamilyFromOsName(String osName, OperatingSystem expected) {
        assertEquals(expected, OperatingSystem.fromOsName(osName));
    }

    @Test
    void forCurrentUserGivesAbsoluteFoldersOnThisMachine() {
        AppDirectories dirs = AppDirectories.forCurrentUser();

        assertTrue(dirs.cacheDir().isAbsolute(), dirs.toString());
        assertTrue(dirs.configDir().isAbsolute(), dirs.toString());
    }
}
