package org.softmaxlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChartsViewTest {

    @Test
    void epochTicksAreRoundAndAboutTen() {
        assertEquals(0.5, ChartsView.tickUnitFor(2));
        assertEquals(1, ChartsView.tickUnitFor(10));
        assertEquals(2, ChartsView.tickUnitFor(15));
        assertEquals(5, ChartsView.tickUnitFor(37));
        assertEquals(1000, ChartsView.tickUnitFor(10_000));
    }
}
