package org.softmaxlab.ui.draw;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.appearance.AppearanceViewModel;
import org.softmaxlab.ui.appearance.RootStyles;

/**
 * The drawing pad in a window of its own beside the main window (not modal: a teacher draws, trains,
 * and draws more), in the main window's theme, presentation mode and language. Built once and shown
 * again; a language switch rebuilds its view while the drawings stay in the view-model.
 */
public final class DrawingPadWindow {

    /** The id of the pad window's root, for tests. */
    public static final String ID = "draw-window";

    /** The window's first size: the pad, the classes and a row of thumbnails, on a 1024×768 screen. */
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 700;
    /** The same in presentation mode's type. */
    private static final double PRESENTATION_WIDTH = 1320;
    private static final double PRESENTATION_HEIGHT = 860;

    private final DrawingPadViewModel viewModel;
    private final AppearanceViewModel appearance;
    private Stage stage;
    private DrawingPadView view;

    public DrawingPadWindow(DrawingPadViewModel viewModel, AppearanceViewModel appearance) {
        this.viewModel = viewModel;
        this.appearance = appearance;
    }

    /**
     * Where drawn sets are saved unless the user picks another folder: {@code drawings} under
     * {@value AppDirectories#HOME_PROPERTY} when that is set (portable installs, tests), otherwise
     * {@code ~/SoftmaxLab/drawings}: the user's own work, so not in a cache that may be cleared.
     */
    public static Path defaultParent() {
        String home = System.getProperty(AppDirectories.HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return Path.of(home, "drawings");
        }
        return Path.of(System.getProperty("user.home"), "SoftmaxLab", "drawings");
    }

    /** Shows the pad (building it the first time) over {@code owner}, and brings it to the front. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            // The view sits in a holder that stays the scene's root: the look's style classes are kept on
            // that root, and a view swapped in as the root itself lost them (a language switch turned the
            // pad light and small beside a dark presentation-mode window; seen under Xvfb).
            StackPane holder = new StackPane(build());
            // A size of its own: left to its content, the caption's one long line would set the width.
            Scene scene = new Scene(holder, WIDTH, HEIGHT);
            scene.getStylesheets().add(Resources.stylesheet());
            stage.setScene(scene);
            stage.setTitle(Messages.get("draw.title"));
            RootStyles.follow(holder, appearance);
            // Presentation mode's large type needs a larger window; it is not made smaller again.
            appearance.presentationModeProperty().addListener((obs, old, now) -> fitPresentation());
            appearance.languageProperty().addListener((obs, old, now) -> {
                viewModel.relocalize();
                holder.getChildren().setAll(build());
                stage.setTitle(Messages.get("draw.title"));
            });
        }
        boolean first = !stage.isShowing() && Double.isNaN(stage.getWidth());
        stage.show();
        if (first) {
            // Only a shown stage has a size to grow from: before, its width is NaN, and max(NaN, …) made
            // the pad a blank sliver when it was first opened in presentation mode (seen under Xvfb).
            fitPresentation();
        }
        stage.toFront();
    }

    private void fitPresentation() {
        if (appearance.presentationModeProperty().get()) {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(screen.getWidth(), Math.max(stage.getWidth(), PRESENTATION_WIDTH)));
            stage.setHeight(Math.min(screen.getHeight(), Math.max(stage.getHeight(), PRESENTATION_HEIGHT)));
        }
    }

    private javafx.scene.Parent build() {
        view = new DrawingPadView(viewModel);
        view.root().setId(ID);
        return view.root();
    }

    /** The pad's state and commands. */
    public DrawingPadViewModel viewModel() {
        return viewModel;
    }

    /** The pad's view as built last, for tests. */
    public DrawingPadView view() {
        return view;
    }

    /** The pad's stage, or null before it was first shown; for tests. */
    public Stage stage() {
        return stage;
    }
}
