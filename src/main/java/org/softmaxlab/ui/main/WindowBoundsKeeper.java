package org.softmaxlab.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.softmaxlab.session.WindowBounds;
import org.softmaxlab.ui.prefs.WindowPlacement;

/**
 * The window's place and size: the minimum size, where it opens (as remembered if a screen can show
 * it, else most of the primary screen), and its last bounds while neither full screen, maximised nor
 * minimised, which are the ones remembered.
 *
 * <p>JavaFX 21 on X11 (JDK-8316423, fixed in JavaFX 22) lets the window manager's answer to the first
 * map win over the size asked for: under openbox every window opened at its minimum size. So the
 * size asked for is asked again once the window is on screen ({@link #settle}).
 */
final class WindowBoundsKeeper {

    private final Stage stage;
    private final WindowBounds opening;
    private WindowBounds normal;

    private WindowBoundsKeeper(Stage stage, WindowBounds opening) {
        this.stage = stage;
        this.opening = opening;
    }

    /**
     * Sets {@code stage}'s minimum size and its bounds to open at, and keeps track of its normal bounds
     * from now on. Call before showing it; on a stage already shown where {@link #place} put it (the
     * first card's), it keeps the window where it is and only asks again for the size it opened at.
     *
     * @param remembered where the window was last time, or null on a first start
     */
    static WindowBoundsKeeper install(Stage stage, WindowBounds remembered) {
        boolean shown = stage.isShowing();
        WindowBoundsKeeper keeper = new WindowBoundsKeeper(stage, shown ? opening(remembered) : place(stage, remembered));
        keeper.track();
        if (shown) {
            keeper.settle();
        }
        return keeper;
    }

    /**
     * Sets {@code stage}'s minimum size and the bounds to open at (as {@link #install} would), without
     * tracking them: for the card shown before the main window exists. Returns those bounds, or null
     * if the window system is left to place the window.
     */
    static WindowBounds place(Stage stage, WindowBounds remembered) {
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        WindowBounds opening = opening(remembered);
        if (opening != null) {
            stage.setX(opening.x());
            stage.setY(opening.y());
            stage.setWidth(opening.width());
            stage.setHeight(opening.height());
        }
        return opening;
    }

    private static WindowBounds opening(WindowBounds remembered) {
        return WindowPlacement.place(remembered, screens(), WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT)
                .orElse(null);
    }

    /** The usable areas of the screens, the primary first. */
    private static List<Rectangle2D> screens() {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().map(Screen::getVisualBounds).filter(b -> !screens.contains(b))
                .forEach(screens::add);
        return screens;
    }

    /**
     * Asks again for the size the window opened at, if the window system changed it while mapping the
     * window; call once the window has been on screen for a frame or two. Leaves a maximised or full
     * screen window alone.
     */
    void settle() {
        settle(stage, opening);
    }

    /** {@link #settle()} for a stage that {@link #place} put at {@code opening} (null: placed by the window system). */
    static void settle(Stage stage, WindowBounds opening) {
        if (opening == null || !stage.isShowing() || stage.isMaximized() || stage.isFullScreen()
                || stage.isIconified()) {
            return;
        }
        if (stage.getWidth() != opening.width() || stage.getHeight() != opening.height()) {
            stage.setWidth(opening.width());
            stage.setHeight(opening.height());
        }
    }

    /** The window's last bounds while neither full screen, maximised nor minimised; null before it had any. */
    WindowBounds normalBounds() {
        return normal;
    }

    private void track() {
        Runnable track = () -> {
            if (!stage.isFullScreen() && !stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0
                    && stage.getHeight() > 0 && Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())) {
                normal = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty())) {
            property.addListener((obs, old, now) -> track.run());
        }
        if (stage.isShowing()) {
            track.run(); // the first card's window: where it is now counts, even if it never moves again
        }
    }
}
