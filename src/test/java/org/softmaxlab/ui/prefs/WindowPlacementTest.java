package org.softmaxlab.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.session.WindowBounds;

@Tag("locale")
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1920, 1050);

    private static WindowBounds place(WindowBounds saved, Rectangle2D... screens) {
        return WindowPlacement.place(saved, List.of(screens), 900, 600).orElseThrow();
    }

    @Test
    void aWindowThatFitsWhereItWasStaysThere() {
        WindowBounds saved = new WindowBounds(40, 30, 1200, 700);
        assertEquals(saved, place(saved, LAPTOP));
        WindowBounds onProjector = new WindowBounds(1500, 50, 1280, 800);
        assertEquals(onProjector, place(onProjector, LAPTOP, PROJECTOR));
    }

    @Test
    void aWindowLeftOnAnUnpluggedProjectorIsCentredOnThePrimaryScreen() {
        WindowBounds onProjector = new WindowBounds(1500, 50, 1280, 800);
        WindowBounds placed = place(onProjector, LAPTOP);
        assertEquals(1280, placed.width());
        assertEquals(740, placed.height(), "no taller than the screen");
        assertEquals((1366 - 1280) / 2.0, placed.x());
        assertEquals(0, placed.y());
    }

    @Test
    void aWindowWhoseTitleBarIsOutOfReachIsBroughtBack() {
        assertEquals(new WindowBounds(233, 70, 900, 600), place(new WindowBounds(-5000, -5000, 900, 600), LAPTOP));
        // Only a sliver of the title bar on screen: not enough to grab it.
        WindowBounds sliver = place(new WindowBounds(1300, 100, 1000, 600), LAPTOP);
        assertTrue(sliver.x() + sliver.width() <= 1366 && sliver.x() >= 0, sliver.toString());
        // Title bar above the top of the screen.
        assertTrue(place(new WindowBounds(100, -300, 1000, 600), LAPTOP).y() >= 0);
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToFitInsideIt() {
        WindowBounds placed = place(new WindowBounds(100, 0, 1920, 1080), LAPTOP);
        assertEquals(new WindowBounds(0, 0, 1366, 740), placed);
    }

    @Test
    void noScreenLeavesItToTheWindowSystem() {
        assertEquals(Optional.empty(), WindowPlacement.place(new WindowBounds(0, 0, 900, 600), List.of(), 900, 600));
        assertEquals(Optional.empty(), WindowPlacement.place(null, List.of(), 900, 600));
    }

    @Test
    void aFirstStartTakesMostOfThePrimaryScreenCentred() {
        // The 1600x1000 screen of the classroom walk-through: it opened at 898x575 there.
        WindowBounds first = WindowPlacement.place(null, List.of(new Rectangle2D(0, 0, 1600, 1000), PROJECTOR),
                WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT).orElseThrow();
        assertEquals(new WindowBounds(96, 60, 1408, 880), first);
    }

    @Test
    void aFirstStartOnAHugeScreenIsCappedAndOnATinyOneKeepsTheMinimumThatFits() {
        WindowBounds huge = WindowPlacement.firstStart(new Rectangle2D(0, 0, 3840, 2160), 1024, 660);
        assertEquals(1680, huge.width());
        assertEquals(1050, huge.height());
        assertEquals((3840 - 1680) / 2.0, huge.x());
        WindowBounds small = WindowPlacement.firstStart(new Rectangle2D(0, 0, 1100, 700), 1024, 660);
        assertEquals(1024, small.width(), "88 % would be below the minimum");
        assertEquals(660, small.height());
        WindowBounds tiny = WindowPlacement.firstStart(new Rectangle2D(0, 0, 800, 600), 1024, 660);
        assertEquals(new WindowBounds(0, 0, 800, 600), tiny, "never larger than the screen");
    }
}
