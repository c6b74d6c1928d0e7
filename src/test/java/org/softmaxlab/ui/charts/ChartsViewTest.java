package org.softmaxlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartsViewTest {

    @ParameterizedTest
    @CsvSource({"2, 0.5", "10, 1", "15, 2", "37, 5", "10000, 1000"})
    void epochTicksAreRoundAndAboutTen(double axisEnd, double tickUnit) {
        assertEquals(tickUnit, ChartsView.tickUnitFor(axisEnd));
    }
}
