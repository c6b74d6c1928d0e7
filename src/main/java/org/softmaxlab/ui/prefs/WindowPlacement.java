package org.softmaxlab.ui.prefs;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.softmaxlab.session.WindowBounds;

/**
 * Makes remembered window bounds safe to use on the screens there are now. A window saved on a
 * projector that has since been unplugged would otherwise open where nobody can see or grab it.
 */
public final class WindowPlacement {

    /** How much of the title bar must be on a screen to count as reachable, in pixels. */
    static final double GRAB_WIDTH = 120;
    static final double GRAB_HEIGHT = 24;
    /**
     * The smallest window allowed (decorations included): every view is laid out to be usable at this
     * size, and it fits a 1280×720 projector with a panel.
     */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 660;
    /** How much of the screen a first start takes: most of it, leaving the desktop visible around it. */
    static final double FIRST_START_SHARE = 0.88;
    /** Larger than this a first window is only emptier: the charts gain nothing a class can see. */
    static final double FIRST_START_MAX_WIDTH = 1680;
    static final double FIRST_START_MAX_HEIGHT = 1050;

    private WindowPlacement() {
    }

    /**
     * Where to put a window remembered at {@code saved}, given the screens' usable areas (the primary
     * first): as saved if its title bar can be grabbed on some screen, shrunk to fit that screen if it
     * is larger; otherwise centred on the primary screen at the saved size (shrunk to fit). Empty when
     * nothing was saved, {@link #firstStart} on the primary screen; empty when there is no screen: let
     * the window system place it.
     */
    public static Optional<WindowBounds> place(WindowBounds saved, List<Rectangle2D> screens, double minWidth,
                                               double minHeight) {
        if (screens.isEmpty()) {
            return Optional.empty();
        }
        if (saved == null) {
            return Optional.of(firstStart(screens.get(0), minWidth, minHeight));
        }
        Rectangle2D titleBar = new Rectangle2D(saved.x(), saved.y(), saved.width(), GRAB_HEIGHT);
        for (Rectangle2D screen : screens) {
            if (overlapWidth(titleBar, screen) >= Math.min(GRAB_WIDTH, saved.width())
                    && saved.y() >= screen.getMinY() && saved.y() + GRAB_HEIGHT <= screen.getMaxY()) {
                return Optional.of(fit(saved, screen, minWidth, minHeight, false));
            }
        }
        return Optional.of(fit(saved, screens.get(0), minWidth, minHeight, true));
    }

    /**
     * A first window: {@value #FIRST_START_SHARE} of {@code screen}'s usable area each way, at most
     * {@value #FIRST_START_MAX_WIDTH}×{@value #FIRST_START_MAX_HEIGHT}, at least the minimum (unless the
     * screen is smaller still), centred.
     */
    public static WindowBounds firstStart(Rectangle2D screen, double minWidth, double minHeight) {
        double width = Math.min(screen.getWidth() * FIRST_START_SHARE, FIRST_START_MAX_WIDTH);
        double height = Math.min(screen.getHeight() * FIRST_START_SHARE, FIRST_START_MAX_HEIGHT);
        return fit(new WindowBounds(screen.getMinX(), screen.getMinY(), Math.floor(width), Math.floor(height)),
                screen, minWidth, minHeight, true);
    }

    private static double overlapWidth(Rectangle2D a, Rectangle2D b) {
        return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    }

    /** {@code saved} no larger than {@code screen} (nor smaller than the minimum), inside it, or centred. */
    private static WindowBounds fit(WindowBounds saved, Rectangle2D screen, double minWidth, double minHeight,
                                    boolean centre) {
        double width = Math.max(Math.min(saved.width(), screen.getWidth()), Math.min(minWidth, screen.getWidth()));
        double height = Math.max(Math.min(saved.height(), screen.getHeight()),
                Math.min(minHeight, screen.getHeight()));
        double x;
        double y;
        if (centre) {
            x = screen.getMinX() + (screen.getWidth() - width) / 2;
            y = screen.getMinY() + (screen.getHeight() - height) / 2;
        } else {
            x = clamp(saved.x(), screen.getMinX(), screen.getMaxX() - width);
            y = clamp(saved.y(), screen.getMinY(), screen.getMaxY() - height);
        }
        return new WindowBounds(x, y, width, height);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(value, high));
    }
}
