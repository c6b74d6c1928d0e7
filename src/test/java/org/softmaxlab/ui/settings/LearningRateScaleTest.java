package org.softmaxlab.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("locale")
class LearningRateScaleTest {

    @Test
    void positionsAreDecimalLogarithms() {
        assertEquals(-1, LearningRateScale.toPosition(0.1), 1e-12);
        assertEquals(0, LearningRateScale.toPosition(1), 1e-12);
    }

    @Test
    void positionsOutsideTheSliderAreClamped() {
        assertEquals(LearningRateScale.MIN_EXPONENT, LearningRateScale.toPosition(0), 0);
        assertEquals(LearningRateScale.MIN_EXPONENT, LearningRateScale.toPosition(Double.NaN), 0);
        assertEquals(LearningRateScale.MAX_EXPONENT, LearningRateScale.toPosition(1e6), 0);
    }

    @Test
    void sliderValuesRoundToTwoSignificantDigits() {
        assertEquals(0.032, LearningRateScale.fromPosition(Math.log10(0.0316)), 0);
        assertEquals(0.1, LearningRateScale.fromPosition(-1.0000001), 0);
        assertEquals(3.0, LearningRateScale.fromPosition(Math.log10(2.98)), 0);
    }

    @Test
    void presetsAreFoundByValue() {
        assertEquals(2, LearningRateScale.presetIndex(0.1));
        assertEquals(4, LearningRateScale.presetIndex(1));
        assertEquals(-1, LearningRateScale.presetIndex(0.2));
    }
}
