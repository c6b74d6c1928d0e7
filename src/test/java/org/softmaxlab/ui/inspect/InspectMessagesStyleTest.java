package org.softmaxlab.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The inspection tabs' texts follow one style: labels in sentence case without a full stop, notices
 * and errors as whole sentences ending in one ("." in English, "。" in Chinese). Before, they began in
 * lower and upper case at random ("true: Shirt", "cross-entropy of class 0", "x.png: no such file").
 */
class InspectMessagesStyleTest {

    /** Labels: column heads, captions, choices, legend texts. */
    private static final Pattern LABELS = Pattern.compile("(gallery\\.(trueClass|predicted|sort.*|showAll|count\\..*"
            + "|tile\\..*|detail\\.(title|true|predicted))|confusion\\.(corner|accuracy|overall)|weights\\.(legend\\.caption"
            + "|scale.*|range)|numerics\\.(head\\..*|lossRow|logits|trueClass|presets|title|reasons\\.title)"
            + "|ownImage\\.(drop|result))");
    /** Notices and errors. */
    private static final Pattern SENTENCES = Pattern.compile("(ownImage\\.(error\\..*|failed|hint|trainFirst)"
            + "|numerics\\.(error\\..*|reasons\\.(none|stale))|gallery\\.(empty\\..*|detail\\.hint)"
            + "|confusion\\.(empty|clickHint|caption)|weights\\.(empty|caption))");

    @Test
    void labelsAreInSentenceCaseWithoutAFullStopAndNoticesAreSentences() throws IOException {
        List<String> wrong = new ArrayList<>();
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key);
            if (LABELS.matcher(key).matches()) {
                // A label may begin with a number ("412 of 1,648 wrong") or a symbol ("o", the logits).
                char first = text.charAt(0);
                boolean symbol = key.equals("numerics.head.logit");
                if (!symbol && Character.isLetter(first) && !Character.isUpperCase(first) || text.endsWith(".")) {
                    wrong.add("label " + key + "=" + text);
                }
            } else if (SENTENCES.matcher(key).matches()) {
                if (!text.endsWith(".")) {
                    wrong.add("sentence " + key + "=" + text);
                }
                String chinese = zh.getProperty(key, "");
                if (!chinese.endsWith("。")) {
                    wrong.add("sentence " + key + "=" + chinese);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InspectMessagesStyleTest.class.getResourceAsStream("/org/softmaxlab/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
