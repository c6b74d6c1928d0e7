package org.softmaxlab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every character the window's texts use has a glyph in the fonts a default Debian desktop has and
 * the app relies on: DejaVu Sans (JavaFX's "System" font there, and the numbers' DejaVu Sans Mono) for
 * everything but Chinese, WenQuanYi Zen Hei (CI installs it) for the Han characters and CJK punctuation.
 * A character no font has is drawn as a box ("ⓘ Train curves…", issue 21): a CJK font installed on the
 * developer's machine hid it, so the check asks the named fonts, not whatever the machine falls back to.
 */
class GlyphCoverageTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/softmaxlab/ui");
    private static final Path UI_SOURCES = Path.of("src/main/java/org/softmaxlab/ui");
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path DEJAVU_MONO = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
    private static final Path ZEN_HEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    /** A string literal in Java source (the texts the UI code builds itself: "W₂", "p − y"). */
    private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private static Font font(Path file) throws IOException, FontFormatException {
        assumeTrue(Files.isRegularFile(file), file + " is not installed (Debian: fonts-dejavu-core, fonts-wqy-zenhei)");
        return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
    }

    @Test
    void everyCharacterOfTheWindowsTextsHasAGlyph() throws Exception {
        Font dejaVu = font(DEJAVU);
        Font mono = font(DEJAVU_MONO);
        Font zenHei = font(ZEN_HEI);
        TreeMap<Integer, String> missing = new TreeMap<>();
        for (Text text : texts()) {
            text.value().codePoints().filter(c -> c > 0x7e).forEach(c -> {
                boolean chinese = isCjk(c);
                boolean drawn = chinese ? zenHei.canDisplay(c) : dejaVu.canDisplay(c) && mono.canDisplay(c);
                if (!drawn) {
                    missing.putIfAbsent(c, text.where());
                }
            });
        }
        StringBuilder report = new StringBuilder();
        missing.forEach((c, where) -> report.append(String.format("%nU+%04X %s in %s", c, Character.toString(c), where)));
        assertTrue(missing.isEmpty(), "characters without a glyph in the fonts the window relies on:" + report);
    }

    /** Han characters, CJK punctuation and full-width forms: the Chinese font's part. */
    private static boolean isCjk(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private record Text(String value, String where) {
    }

    private static List<Text> texts() throws IOException {
        List<Text> texts = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties bundle = new Properties();
            try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            bundle.forEach((key, value) -> texts.add(new Text((String) value, name + ": " + key)));
        }
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                int lineNumber = 0;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    lineNumber++;
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                        continue;
                    }
                    Matcher literal = JAVA_STRING.matcher(line);
                    while (literal.find()) {
                        texts.add(new Text(literal.group(1), file.getFileName() + ":" + lineNumber));
                    }
                }
            }
        }
        return texts;
    }
}
