package org.softmaxlab.ui.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("locale")
class NumericTextTest {

    @Test
    void specialValuesAreSpelledAsTheLessonNamesThem() {
        assertEquals("NaN", NumericText.format(Double.NaN));
        assertEquals("inf", NumericText.format(Double.POSITIVE_INFINITY));
        assertEquals("−inf", NumericText.format(Double.NEGATIVE_INFINITY));
        assertEquals("0", NumericText.format(0.0));
        assertEquals("0", NumericText.format(-0.0));
    }

    @Test
    void ordinaryValuesGetFourSignificantDigitsAndARealMinus() {
        assertEquals("0.09003", NumericText.format(0.09003057317038046));
        assertEquals("−2.408", NumericText.format(-2.4076059644443806));
        assertEquals("−1000", NumericText.format(-1000));
        assertEquals("88.7", NumericText.format(88.69999694824219));
        assertEquals("1", NumericText.format(1.0));
    }

    @Test
    void tinyAndHugeValuesGetAnExponent() {
        assertEquals("8.25e−39", NumericText.format(8.25e-39));
        assertEquals("1.401e−45", NumericText.format(Float.MIN_VALUE));
        assertEquals("3.403e38", NumericText.format(Float.MAX_VALUE));
        assertEquals("1e5", NumericText.format(1e5));
    }
}
