package org.softmaxlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every visible string comes from the bundles, and both bundles say everything: the same keys, the
 * same arguments; no literal text in FXML; no literal words handed to a control in the UI code.
 */
@Tag("locale")
class LanguageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path BUNDLES = RESOURCES.resolve("org/softmaxlab/ui");
    private static final Path UI_SOURCES = Path.of("src/main/java/org/softmaxlab/ui");

    /** FXML attributes that show text. */
    private static final Pattern FXML_TEXT = Pattern.compile(
            "\\b(text|promptText|title|label|accessibleText)\\s*=\\s*\"([^\"]*)\"");
    /**
     * Java calls that show text, with a string literal as their first argument: setters of controls,
     * dialogs and stages, and constructors of the labelled controls, menus, tabs and tooltips.
     */
    private static final Pattern JAVA_TEXT = Pattern.compile(
            "(?:\\b(?:setText|setTitle|setHeaderText|setContentText|setPromptText|setFullScreenExitHint|setName"
                    + "|setAccessibleText|appendText)"
                    + "|\\bnew\\s+(?:Label|Button|Tab|Tooltip|MenuItem|Menu|CheckMenuItem|RadioMenuItem|ToggleButton"
                    + "|CheckBox|RadioButton|Hyperlink|Text|TitledPane|ButtonType|Alert|ExtensionFilter"
                    + "|FileChooser\\.ExtensionFilter))\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** "File:excerpt" of literal texts allowed on purpose; none so far. */
    private static final Set<String> ALLOWED = Set.of();

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveExactlyTheSameKeysAndArguments() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "keys without a Chinese text");
        assertEquals(Set.of(), onlyChinese, "Chinese keys that English lacks");
        assertTrue(english.size() > 100, "only " + english.size() + " keys: was the right file read?");

        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String zh = chinese.getProperty(key);
            if (zh.isBlank()) {
                problems.add(key + ": empty");
            } else if (!arguments(english.getProperty(key)).equals(arguments(zh))) {
                problems.add(key + ": arguments " + arguments(english.getProperty(key)) + " vs " + arguments(zh));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals("开始", chinese.getProperty("training.start"), "the file is read as UTF-8");
    }

    @Test
    void fxmlFilesShowOnlyBundleTexts() throws IOException {
        List<String> literal = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(RESOURCES)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                files++;
                Matcher m = FXML_TEXT.matcher(Files.readString(file));
                while (m.find()) {
                    String value = m.group(2);
                    if (!value.startsWith("%") && LETTER.matcher(value).find()) {
                        literal.add(file.getFileName() + ": " + m.group(1) + "=\"" + value + "\"");
                    }
                }
            }
        }
        assertTrue(files >= 3, "only " + files + " FXML files found");
        assertEquals(List.of(), literal);
    }

    @Test
    void uiCodeHandsNoLiteralWordsToControls() throws IOException {
        List<String> literal = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(UI_SOURCES)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                literal.addAll(literalTexts(file.getFileName().toString(), Files.readString(file)));
            }
        }
        assertTrue(files >= 30, "only " + files + " Java files found");
        assertEquals(List.of(), literal);
    }

    @Test
    void theSourceScanCatchesWhatItLooksFor() {
        String code = String.join("\n",
                "button.setText(\"Start\");",
                "new Label(\"Epochs\")",
                "new MenuItem( \"Quit\" );",
                "tab.setText(Messages.get(\"tab.training\"));",
                "label.setText(\"·\");",
                "stage.setTitle(\"\");");
        List<String> found = literalTexts("Sample.java", code);
        assertEquals(3, found.size(), found.toString());
        assertFalse(found.toString().contains("tab.training"));
    }

    private static List<String> literalTexts(String fileName, String code) {
        List<String> found = new ArrayList<>();
        Matcher m = JAVA_TEXT.matcher(code);
        while (m.find()) {
            String text = m.group(1);
            String where = fileName + ":" + text;
            if (LETTER.matcher(text).find() && !ALLOWED.contains(where)) {
                found.add(where);
            }
        }
        return found;
    }

    /** The argument numbers a message pattern uses: {@code {0}}, {@code {1,number}} ... as "0", "1". */
    static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
