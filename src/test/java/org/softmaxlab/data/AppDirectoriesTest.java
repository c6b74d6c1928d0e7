package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppDirectoriesTest {

    private static final Map<String, String> LINUX = Map.of("os.name", "Linux", "user.home", "/home/ada");
    private static final Map<String, String> MAC = Map.of("os.name", "Mac OS X", "user.home", "/Users/ada");
    private static final Map<String, String> WINDOWS = Map.of("os.name", "Windows 11", "user.home", "C:\\Users\\ada");

    @Test
    void linuxUsesXdgVariables() {
        AppDirectories dirs = AppDirectories.resolve(
                Map.of("XDG_CACHE_HOME", "/var/cache/ada", "XDG_CONFIG_HOME", "/etc/ada"), LINUX);

        assertEquals(Path.of("/var/cache/ada/softmaxlab"), dirs.cacheDir());
        assertEquals(Path.of("/etc/ada/softmaxlab"), dirs.configDir());
        assertEquals(Path.of("/var/cache/ada/softmaxlab/fashion-mnist"), dirs.datasetCacheDir());
    }

    @Test
    void linuxFallsBackToDotFoldersInHome() {
        AppDirectories dirs = AppDirectories.resolve(Map.of(), LINUX);

        assertEquals(Path.of("/home/ada/.cache/softmaxlab"), dirs.cacheDir());
        assertEquals(Path.of("/home/ada/.config/softmaxlab"), dirs.configDir());
    }

    @Test
    void linuxIgnoresEmptyAndRelativeXdgValuesAsTheSpecSays() {
        AppDirectories dirs = AppDirectories.resolve(
                Map.of("XDG_CACHE_HOME", "", "XDG_CONFIG_HOME", "relative/config"), LINUX);

        assertEquals(Path.of("/home/ada/.cache/softmaxlab"), dirs.cacheDir());
        assertEquals(Path.of("/home/ada/.config/softmaxlab"), dirs.configDir());
    }

    @Test
    void windowsUsesLocalAppDataForCacheAndAppDataForConfig() {
        String local = "C:\\Users\\ada\\AppData\\Local";
        String roaming = "C:\\Users\\ada\\AppData\\Roaming";
        AppDirectories dirs = AppDirectories.resolve(Map.of("LOCALAPPDATA", local, "APPDATA", roaming), WINDOWS);

        assertEquals(Path.of(local, "SoftmaxLab"), dirs.cacheDir());
        assertEquals(Path.of(roaming, "SoftmaxLab"), dirs.configDir());
    }

    @Test
    void windowsWithoutAppDataVariablesFallsBackUnderHome() {
        AppDirectories dirs = AppDirectories.resolve(Map.of(), WINDOWS);

        assertEquals(Path.of("C:\\Users\\ada", "AppData", "Local", "SoftmaxLab"), dirs.cacheDir());
        assertEquals(Path.of("C:\\Users\\ada", "AppData", "Roaming", "SoftmaxLab"), dirs.configDir());
    }

    @Test
    void macUsesLibraryFoldersAndIgnoresXdg() {
        AppDirectories dirs = AppDirectories.resolve(Map.of("XDG_CACHE_HOME", "/tmp/xdg"), MAC);

        assertEquals(Path.of("/Users/ada/Library/Caches/SoftmaxLab"), dirs.cacheDir());
        assertEquals(Path.of("/Users/ada/Library/Application Support/SoftmaxLab"), dirs.configDir());
    }

    @ParameterizedTest
    @CsvSource({"Linux", "Mac OS X", "Windows 10"})
    void homePropertyPutsEverythingUnderOneFolderOnEverySystem(String osName) {
        AppDirectories dirs = AppDirectories.resolve(Map.of("XDG_CACHE_HOME", "/x", "LOCALAPPDATA", "C:\\x"),
                Map.of("os.name", osName, "user.home", "/home/ada", AppDirectories.HOME_PROPERTY, "/opt/lab"));

        assertEquals(Path.of("/opt/lab/cache"), dirs.cacheDir());
        assertEquals(Path.of("/opt/lab/config"), dirs.configDir());
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
