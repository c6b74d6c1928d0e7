package org.softmaxlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;

/**
 * The accuracy axis of a flat curve: the overflow demo's runs sit at 10 % (the naive one at chance), and
 * the auto-ranged axis used to tick a hundredth of a point apart, every label reading "10%".
 */
@Tag("locale")
class AccuracyAxisScaleTest {

    @AfterEach
    void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void aFlatCurveGetsTenPercentagePointsAroundIt() {
        assertArrayEquals(new double[] {0.05, 0.15}, AccuracyAxisScale.widened(0.1, 0.1), 1e-12);
        assertArrayEquals(new double[] {0.0, 0.1}, AccuracyAxisScale.widened(0.0, 0.02), 1e-12, "not below 0 %");
        assertArrayEquals(new double[] {0.9, 1.0}, AccuracyAxisScale.widened(0.99, 1.0), 1e-12, "not above 100 %");
        assertArrayEquals(new double[] {0.7, 0.85}, AccuracyAxisScale.widened(0.7, 0.85), 1e-12, "a wide range stays");
    }

    @Test
    void everyTickOfEveryUnitTheAxisPicksReadsDifferently() {
        // NumberAxis picks its tick unit from 1, 2.5 and 5 × 10ⁿ.
        for (double unit : new double[] {0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25}) {
            Set<String> labels = new HashSet<>();
            int ticks = 0;
            for (double tick = 0.05; tick <= 0.15 + 1e-12; tick += unit) {
                labels.add(AccuracyAxisScale.label(tick, unit));
                ticks++;
            }
            assertEquals(ticks, labels.size(), "ticks " + unit + " apart: " + labels);
        }
        assertEquals("12.5%", AccuracyAxisScale.label(0.125, 0.025));
        assertEquals("80%", AccuracyAxisScale.label(0.8, 0.2));
        assertEquals("10.25%", AccuracyAxisScale.label(0.1025, 0.0025));
    }
}
