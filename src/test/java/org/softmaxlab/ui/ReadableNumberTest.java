package org.softmaxlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("locale")
class ReadableNumberTest {

    @Test
    void ordinaryLossesKeepTheirDecimals() {
        assertEquals("0.523", ReadableNumber.of(0.52312, 3, Locale.US));
        assertEquals("12,345.679", ReadableNumber.of(12_345.6789, 3, Locale.US));
        assertEquals("0.000", ReadableNumber.of(0, 3, Locale.US));
    }

    @Test
    void hugeAndTinyLossesGetAnExponentNotAWallOfDigits() {
        assertEquals("1.42e9", ReadableNumber.of(1_421_217_344.119, 3, Locale.US));
        assertEquals("3.1e-5", ReadableNumber.of(0.000031, 3, Locale.US));
        assertEquals("-2.5e6", ReadableNumber.of(-2_500_000, 3, Locale.US));
        assertEquals("NaN", ReadableNumber.of(Double.NaN, 3, Locale.US));
        assertEquals("∞", ReadableNumber.of(Double.POSITIVE_INFINITY, 3, Locale.US));
    }

    @Test
    void theDigitsAreTheLanguages() {
        assertEquals("1,42e9", ReadableNumber.of(1_421_217_344.119, 3, Locale.GERMANY));
        assertEquals("0,523", ReadableNumber.of(0.52312, 3, Locale.GERMANY));
    }
}
