package org.softmaxlab.ui.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("locale")
class LogitsParserTest {

    private static double[] valid(String text) {
        LogitsParser.Result result = LogitsParser.parse(text);
        assertNull(result.problem(), text);
        return result.logits();
    }

    private static String problem(String text) {
        LogitsParser.Result result = LogitsParser.parse(text);
        assertNull(result.logits(), text);
        return result.problem();
    }

    @Test
    void readsNumbersAsPeopleTypeThem() {
        assertArrayEquals(new double[] {1, 2, 3}, valid("1, 2, 3"));
        assertArrayEquals(new double[] {1000, 1001, 1002}, valid("[1000 1001 1002]"));
        assertArrayEquals(new double[] {-1000, 0, 1000}, valid("−1000; 0; 1e3"), "typographic minus, exponent");
        assertArrayEquals(new double[] {88.7, -0.5, 0.25}, valid("  88.7,-.5 ,+0.25, "), "trailing comma ignored");
        assertArrayEquals(new double[] {7}, valid("7"));
    }

    @Test
    void saysWhatIsWrongWithTheText() {
        assertEquals("Enter 1 to 10 logits separated by commas, for example 1, 2, 3.", problem("  "));
        assertEquals("Enter 1 to 10 logits separated by commas, for example 1, 2, 3.", problem("[ , ]"));
        assertEquals("“abc” is not a number. Write logits like 1000, −2.5 or 1e3, separated by commas.",
                problem("1, abc, 3"));
        assertEquals("At most 10 logits can be entered, one per class; you entered 11.", problem("1 2 3 4 5 6 7 8 9 10 11"));
        assertEquals("“1e39” does not fit in float32 (largest ≈ 3.4e38). Enter a smaller logit.", problem("1, 1e39"));
        assertEquals("“1e400” does not fit in float32 (largest ≈ 3.4e38). Enter a smaller logit.", problem("1e400"));
    }

    @Test
    void aCommaAlwaysSeparatesSoADecimalCommaGivesTwoLogits() {
        assertArrayEquals(new double[] {1, 5}, valid("1,5"));
    }

    @Test
    void javasOtherNumberSpellingsAreNotLogits() {
        for (String text : new String[] {"NaN", "Infinity", "-Infinity", "0x1p3", "1d", "2f", "1e", "--1"}) {
            assertEquals("“" + text + "” is not a number. Write logits like 1000, −2.5 or 1e3, separated by commas.",
                    problem(text));
        }
    }
}
