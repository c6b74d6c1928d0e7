package org.softmaxlab.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.junit.jupiter.api.Test;

/**
 * The inspection views' texts exist in Simplified Chinese too, each with the same arguments as the
 * English one (a lost {1} would silently drop a number from the screen).
 */
class TranslationsTest {

    private static final Path DIR = Path.of("src/main/resources/org/softmaxlab/ui");
    private static final List<String> PREFIXES = List.of("tab.gallery", "tab.confusion", "tab.weights",
            "tab.ownImage", "class.", "inspect.", "probability.", "export.", "gallery.", "confusion.", "weights.",
            "ownImage.");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyInspectionKeyHasAChineseTextWithTheSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (PREFIXES.stream().noneMatch(key::startsWith)) {
                continue;
            }
            checked++;
            String zh = chinese.getProperty(key);
            if (zh == null || zh.isBlank()) {
                problems.add(key + ": no Chinese text");
            } else if (!arguments(english.getProperty(key)).equals(arguments(zh))) {
                problems.add(key + ": arguments " + arguments(english.getProperty(key)) + " vs " + arguments(zh));
            }
        }
        assertEquals(List.of(), problems);
        assertFalse(checked < 60, "only " + checked + " keys checked: did the prefixes change?");
        assertEquals("T恤/上衣", chinese.getProperty("class.0"));
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
