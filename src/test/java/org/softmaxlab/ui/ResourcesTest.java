package org.softmaxlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("locale")
class ResourcesTest {

    private static final Path MAIN_RESOURCES = Path.of("src/main/resources/org/softmaxlab/ui");
    private static final Path MAIN_SOURCES = Path.of("src/main/java/org/softmaxlab/ui");

    @Test
    void aMissingResourceFailsNamingItsPath() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Resources.url("/org/softmaxlab/ui/nothing-here.fxml"));
        assertTrue(e.getMessage().contains("/org/softmaxlab/ui/nothing-here.fxml"), e.getMessage());
    }

    @Test
    void aMissingMessageKeyFailsNamingTheKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Messages.get("no.such.key"));
        assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
    }

    @Test
    void theStylesheetAndBundleArePresent() {
        assertNotNull(Resources.stylesheet());
        assertEquals("Start", Resources.messages().getString("training.start"));
    }

    /** Every %key in an FXML file and every key passed to Messages in the code is in the bundle. */
    @Test
    void everyMessageKeyUsedExists() throws IOException {
        ResourceBundle bundle = Resources.messages();
        List<String> missing = new ArrayList<>();
        collect(MAIN_RESOURCES, ".fxml", Pattern.compile("\"%([\\w.]+)\""), bundle, missing);
        // Only literal keys: a key followed by "," or ")" (not a prefix such as "status.ended." + status);
        // LocalizedText.say takes keys too.
        collect(MAIN_SOURCES, ".java",
                Pattern.compile("(?:Messages\\.(?:get|format)|\\.say)\\(\"([\\w.]+)\"\\s*[,)]"), bundle, missing);
        assertEquals(List.of(), missing);
    }

    /** Style classes set from Java exist in the stylesheet, so a renamed rule cannot silently orphan one. */
    @Test
    void everyStyleConstantIsInTheStylesheet() throws Exception {
        String css = Files.readString(MAIN_RESOURCES.resolve("softmaxlab.css"));
        for (var field : Styles.class.getFields()) {
            String styleClass = (String) field.get(null);
            assertTrue(css.contains("." + styleClass), "softmaxlab.css has no rule for ." + styleClass);
        }
    }

    private static void collect(Path dir, String suffix, Pattern pattern, ResourceBundle bundle, List<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
    }
}
