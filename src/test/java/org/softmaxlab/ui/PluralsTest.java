package org.softmaxlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * English counts agree with their nouns: "1 epoch", "2 epochs", "1 batch/s" (through MessageFormat's
 * choice format), in every message of the bundle; Chinese, which has no plural, says the same words
 * for any count.
 */
@Tag("locale")
class PluralsTest {

    /** A count of one followed (within two words) by a plural noun: "1 epochs", "1 unexpected bytes". */
    private static final Pattern ONE_PLURAL = Pattern.compile(
            "(?<![\\d.,])1 (?:[a-z]+ ){0,2}(epochs|images|batches|bytes|parameters|numbers|runs|pixels|classes"
                    + "|logits|units|megapixels|seconds)\\b");
    /** A count above one followed by a singular noun: "2 epoch". */
    private static final Pattern MANY_SINGULAR = Pattern.compile(
            "(?<![\\d.,])(?:2|1,234) (epoch|image|batch|byte|parameter|number|unit)\\b");
    /**
     * Arguments that are no count that could be one (argument positions per key): a class name or a
     * dtype's kind, or a constant of the program (the 784 pixels, the 10 classes, a model's
     * parameter count, the size limits).
     */
    private static final Map<String, Set<Integer>> NOT_COUNTS = Map.ofEntries(
            Map.entry("gallery.count.correct", Set.of(2)),
            Map.entry("model.open.problem.NPZ_DTYPE", Set.of(1)),
            Map.entry("model.open.problem.NPZ_TOO_LARGE", Set.of(0)),
            Map.entry("model.open.problem.ONNX_TENSOR_TOO_LARGE", Set.of(2, 3)),
            Map.entry("model.open.problem.ONNX_TENSOR_TYPE", Set.of(1)),
            Map.entry("model.open.problem.ONNX_TOO_LARGE", Set.of(0)),
            Map.entry("model.open.problem.ONNX_LIMIT", Set.of(1)),
            Map.entry("model.open.problem.TOO_LARGE", Set.of(0)),
            Map.entry("model.open.problem.TRAILING_BYTES", Set.of(1)),
            Map.entry("model.open.problem.TRUNCATED_BODY", Set.of(0)),
            Map.entry("model.open.problem.TRUNCATED_HEADER", Set.of(0)),
            Map.entry("model.parameters.NON_FINITE_BIAS", Set.of(1)),
            Map.entry("model.parameters.NON_FINITE_HIDDEN_BIAS", Set.of(1)),
            Map.entry("model.parameters.NON_FINITE_HIDDEN_WEIGHT", Set.of(1)),
            Map.entry("model.parameters.NON_FINITE_OUTPUT_WEIGHT", Set.of(1)),
            Map.entry("model.parameters.NON_FINITE_WEIGHT", Set.of(1)),
            Map.entry("model.parameters.WRONG_COUNT", Set.of(2, 3)),
            Map.entry("model.parameters.WRONG_MLP_COUNT", Set.of(2, 4)),
            Map.entry("numerics.error.tooMany", Set.of(0)),
            Map.entry("ownImage.error.TOO_LARGE", Set.of(1, 2)));

    private final ResourceBundle english = ResourceBundle.getBundle(Resources.MESSAGES, Locale.ROOT);

    @Test
    void aCountOfOneTakesTheSingularAndMoreThePlural() {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.keySet())) {
            String pattern = english.getString(key);
            if (!pattern.contains("{")) {
                continue;
            }
            for (int position = 0; position < 10; position++) {
                if (!pattern.contains("{" + position) || NOT_COUNTS.getOrDefault(key, Set.of()).contains(position)) {
                    continue;
                }
                String one = format(pattern, position, 1);
                Matcher m = ONE_PLURAL.matcher(one);
                if (m.find()) {
                    problems.add(key + " {" + position + "}=1: …" + m.group() + "…");
                }
                for (Object many : new Object[] {2, 1234}) {
                    Matcher s = MANY_SINGULAR.matcher(format(pattern, position, many));
                    if (s.find()) {
                        problems.add(key + " {" + position + "}=" + many + ": …" + s.group() + "…");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void thePaceAndTheBannerSayOneRight() {
        Messages.setLanguage(Language.ENGLISH);
        assertEquals("1 batch/s", Messages.format("pace.perSecond", 1.0));
        assertEquals("4 batches/s", Messages.format("pace.perSecond", 4.0));
        assertEquals("0.5 batches/s", Messages.format("pace.perSecond", 0.5));
        assertEquals("Finished 1 epoch", Messages.format("notice.completed.title", 1));
        assertEquals("Finished 10 epochs", Messages.format("notice.completed.title", 10));
        assertEquals("Stopped after 0 of 1 epoch", Messages.format("notice.cancelled.title", 0, 1));
        assertEquals("1,234 images/s", Messages.format("status.speed", 1234L));
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        try {
            assertEquals(Messages.format("notice.completed.title", 2).replace('2', '1'),
                    Messages.format("notice.completed.title", 1), "Chinese has no plural");
        } finally {
            Messages.setLanguage(Language.ENGLISH);
        }
    }

    /** {@code pattern} with {@code value} at {@code position} and 7 everywhere else. */
    private static String format(String pattern, int position, Object value) {
        Object[] args = new Object[10];
        Arrays.fill(args, 7);
        args[position] = value;
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
