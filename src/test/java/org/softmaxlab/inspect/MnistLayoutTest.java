package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MnistLayoutTest {

    /** A "7" drawn small, high up and far left on a 280×280 pad: one stroke along the top, down to the left. */
    private static Drawing sevenInTheCorner() {
        Stroke seven = Stroke.of(10, 10, 70, 10, 30, 110);
        return new Drawing(List.of(seven), 280, 280);
    }

    /** Columns (or rows) that hold any ink: {first, last}. */
    private static int[] inkSpan(float[] p, int rows, int cols, boolean horizontal) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (p[r * cols + c] > 0.01f) {
                    int at = horizontal ? c : r;
                    first = Math.min(first, at);
                    last = Math.max(last, at);
                }
            }
        }
        return new int[] {first, last};
    }

    @Test
    void aDrawingInTheCornerEndsCentredByItsMass() throws Exception {
        float[] p = MnistLayout.layOut(sevenInTheCorner(), 28, 28);
        assertEquals(784, p.length);
        double[] mass = MnistLayout.centreOfMass(p, 28, 28);
        assertEquals(14.0, mass[0], 0.1, "x of the centre of mass");
        assertEquals(14.0, mass[1], 0.1, "y of the centre of mass");
        // A 7's mass is up and right of its box's centre: the box itself is not centred.
        int[] rows = inkSpan(p, 28, 28, false);
        assertTrue(rows[0] + rows[1] != 27, "the box moved to centre the mass, not the box: rows " + rows[0] + "–" + rows[1]);
    }

    @Test
    void theLongerSideFillsTwentyPixelsAndTheAspectIsKept() throws Exception {
        float[] p = MnistLayout.layOut(sevenInTheCorner(), 28, 28);
        int[] rows = inkSpan(p, 28, 28, false);
        int[] cols = inkSpan(p, 28, 28, true);
        int height = rows[1] - rows[0] + 1;
        int width = cols[1] - cols[0] + 1;
        // A 20-pixel box off the pixel grid touches at most 21 pixels.
        assertTrue(height >= 20 && height <= 21, "the taller side fills the 20×20 box: " + height);
        // Ink box 60 + pen by 100 + pen (pen 14 % of 100): 74 : 114 of 20 pixels is 13.
        assertTrue(width >= 12 && width <= 15, "the width keeps the aspect: " + width);
        float max = 0;
        for (float v : p) {
            assertTrue(v >= 0f && v <= 1f, "values in [0, 1]: " + v);
            max = Math.max(max, v);
        }
        assertEquals(1f, max, 0.01f, "the middle of a stroke is full white");
    }

    @Test
    void whereAndHowLargeItWasDrawnDoesNotMatter() throws Exception {
        Stroke big = Stroke.of(100, 40, 250, 40, 150, 290);
        float[] small = MnistLayout.layOut(sevenInTheCorner(), 28, 28);
        float[] large = MnistLayout.layOut(new Drawing(List.of(big), 280, 280), 28, 28);
        assertArrayEquals(small, large, 0.03f, "the same shape, 2.5 times larger elsewhere on the pad");
    }

    @Test
    void otherFieldSizesKeepMnistsProportions() throws Exception {
        float[] p = MnistLayout.layOut(sevenInTheCorner(), 56, 56);
        int[] rows = inkSpan(p, 56, 56, false);
        int height = rows[1] - rows[0] + 1;
        assertTrue(height >= 40 && height <= 41, "40 of 56 pixels: " + height);
        double[] mass = MnistLayout.centreOfMass(p, 56, 56);
        assertEquals(28.0, mass[0], 0.1);
        assertEquals(28.0, mass[1], 0.1);
    }

    @Test
    void aTapIsASmallDotInTheMiddle() throws Exception {
        float[] p = MnistLayout.layOut(new Drawing(List.of(Stroke.of(40, 200)), 280, 280), 28, 28);
        double[] mass = MnistLayout.centreOfMass(p, 28, 28);
        assertEquals(14.0, mass[0], 0.1);
        int[] cols = inkSpan(p, 28, 28, true);
        assertTrue(cols[1] - cols[0] + 1 <= 5, "a dot, not a disc filling the box: " + (cols[1] - cols[0] + 1));
    }

    @Test
    void anEmptyDrawingIsRefusedWithAMessage() {
        EmptyDrawingException e = assertThrows(EmptyDrawingException.class,
                () -> MnistLayout.layOut(Drawing.empty(280, 280), 28, 28));
        assertEquals("The drawing is empty: draw something first.", e.getMessage());
    }

    @Test
    void undoingTheOnlyStrokeLeavesAnEmptyDrawing() {
        Drawing one = Drawing.empty(280, 280).with(Stroke.of(1, 2).to(3, 4));
        assertEquals(2, one.strokes().get(0).size());
        assertTrue(one.withoutLast().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Stroke.of(1, Float.NaN));
    }
}
