package org.softmaxlab.ui.loading;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;

/**
 * The loading card alone, as the window's first scene: what {@link LoadingView} shows before the data
 * starts loading (the title over a busy progress bar), built in code and styled by a stylesheet of its
 * own, {@value #STYLESHEET}. Building the main window (its view-models, FXML and the app's 1,300-line
 * stylesheet) takes about a second on two cores; this card is on screen before that starts, and the
 * main window's own card then takes its place, looking the same.
 */
public final class FirstCard {

    /** The card's stylesheet: the loading card's rules of softmaxlab.css, for each theme and presentation mode. */
    public static final String STYLESHEET = Resources.ROOT + "loading/card.css";
    /** How wide the card grows at most, as {@code LoadingView.fxml} has it. */
    static final double MAX_WIDTH = 720;
    private static final Color LIGHT_BACKGROUND = Color.web("#fefefe");
    private static final Color DARK_BACKGROUND = Color.web("#1e2023");
    private static final Color PRESENTATION_DARK_BACKGROUND = Color.web("#1c1d20");

    private FirstCard() {
    }

    /** A scene with the card alone, in the current language and the given look. */
    public static Scene scene(Theme theme, boolean presentation) {
        Parent root = root(theme, presentation);
        Scene scene = new Scene(root);
        // What the window system shows between mapping the window and its first frame: white by default,
        // a white flash before a dark card.
        scene.setFill(windowBackground(theme, presentation));
        scene.getStylesheets().add(Resources.url(STYLESHEET).toExternalForm());
        return scene;
    }

    /**
     * What the card's window looks like around the card in that look: the overlay over the window's
     * background ({@code -fx-background}), blended.
     */
    static Color windowBackground(Theme theme, boolean presentation) {
        if (presentation) {
            return theme == Theme.DARK ? PRESENTATION_DARK_BACKGROUND : Color.WHITE;
        }
        return theme == Theme.DARK ? DARK_BACKGROUND : LIGHT_BACKGROUND;
    }

    /**
     * The scene's root, carrying the look's style classes, with the overlay and the card in it: the
     * overlay is translucent over the root's background, as in the main window.
     */
    static Parent root(Theme theme, boolean presentation) {
        Label title = new Label(Messages.get("loading.title"));
        title.getStyleClass().add("loading-title");
        ProgressBar progress = new ProgressBar(LoadingViewModel.INDETERMINATE);
        progress.setMaxWidth(Double.MAX_VALUE);
        // Empty, as LoadingView's is until loading starts: it takes the card's last line all the same.
        Label message = new Label();
        message.setWrapText(true);
        VBox card = new VBox(title, progress, message);
        card.getStyleClass().add("loading-card");
        card.setMaxWidth(MAX_WIDTH);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.getStyleClass().add("loading-overlay");
        StackPane root = new StackPane(overlay);
        root.setId("first-card");
        if (theme == Theme.DARK) {
            root.getStyleClass().add(Styles.THEME_DARK);
        }
        if (presentation) {
            root.getStyleClass().add(Styles.PRESENTATION);
        }
        return root;
    }
}
