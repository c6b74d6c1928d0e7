package org.softmaxlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The window starts with the same JIT settings whichever way it is launched: {@code ./mvnw javafx:run}
 * (the README's command) and the installed launcher. They tune start-up and the first run's speed,
 * so a launch path that lost them would quietly be slower.
 */
class LaunchOptionsTest {

    private static final Pattern XX_OPTION = Pattern.compile("-XX:[A-Za-z0-9]+(=[^\\s<]+)?");

    @Test
    void javafxRunPassesTheInstalledLaunchersJvmTuning() throws IOException {
        List<String> launcher = Files.readAllLines(Path.of("installer/jpackage/app.txt")).stream()
                .filter(line -> line.startsWith("--java-options -XX:"))
                .map(line -> line.substring("--java-options ".length()).trim())
                .toList();
        assertFalse(launcher.isEmpty(), "the launcher sets its JIT options in installer/jpackage/app.txt");
        assertEquals(launcher, xxOptions(javafxPluginOptions()));
    }

    private static String javafxPluginOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int plugin = pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>");
        int start = pom.indexOf("<options>", plugin);
        int end = pom.indexOf("</options>", start);
        return pom.substring(start, end).replaceAll("(?s)<!--.*?-->", "");
    }

    private static List<String> xxOptions(String text) {
        Matcher matcher = XX_OPTION.matcher(text);
        return matcher.results().map(result -> result.group()).toList();
    }
}
