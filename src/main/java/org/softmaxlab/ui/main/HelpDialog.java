package org.softmaxlab.ui.main;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.appearance.AppearanceViewModel;
import org.softmaxlab.ui.appearance.RootStyles;

/**
 * Help → Keys and classroom guide: every key the window knows, and a few paragraphs on using it in
 * class. Not modal, so it can stay open beside the window during a lesson; in the window's theme
 * and, in presentation mode, its large type.
 */
final class HelpDialog {

    /** The id of the dialog pane, for tests. */
    static final String ID = "help-dialog";

    /** The keys, as shown (the same on every keyboard layout), with what each does. */
    private static final List<String[]> KEYS = List.of(
            new String[] {"Ctrl+Enter", "guide.keys.start"},
            new String[] {"Space", "guide.keys.pause"},
            new String[] {"Esc", "guide.keys.stop"},
            new String[] {"S", "guide.keys.step"},
            new String[] {"E", "guide.keys.stepEpoch"},
            new String[] {"Ctrl+O", "guide.keys.open"},
            new String[] {"Ctrl+S", "guide.keys.save"},
            new String[] {"F11", "guide.keys.fullScreen"},
            new String[] {"Ctrl+Q", "guide.keys.quit"},
            new String[] {"F1", "guide.keys.guide"});

    private static final List<String> CLASSROOM = List.of(
            "guide.class.live", "guide.class.pace", "guide.class.step", "guide.class.overflow", "guide.class.inspect",
            "guide.class.why", "guide.class.compare", "guide.class.present");

    private HelpDialog() {
    }

    /** Shows the guide over {@code owner}, in the window's look; returns at once. */
    static Alert show(Window owner, AppearanceViewModel appearance) {
        Alert alert = new Alert(Alert.AlertType.NONE);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setTitle(Messages.get("guide.title"));
        alert.setHeaderText(null);
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        DialogPane pane = alert.getDialogPane();
        pane.setId(ID);
        pane.getStylesheets().add(Resources.stylesheet());
        RootStyles.apply(pane.getStyleClass(), appearance.theme(), appearance.presentationModeProperty().get());
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("help-scroll");
        pane.setContent(scroll);
        pane.setPrefWidth(appearance.presentationModeProperty().get() ? 900 : 680);
        pane.setPrefHeight(560);
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    private static VBox content() {
        GridPane keys = new GridPane();
        keys.getStyleClass().add("help-keys");
        keys.setHgap(16);
        keys.setVgap(4);
        for (int row = 0; row < KEYS.size(); row++) {
            Label key = new Label(KEYS.get(row)[0]);
            key.getStyleClass().add("help-key");
            Label what = new Label(Messages.get(KEYS.get(row)[1]));
            what.setWrapText(true);
            keys.addRow(row, key, what);
        }
        VBox box = new VBox(10, heading("guide.keys.heading"), keys, paragraph("guide.keys.shortcutNote"),
                heading("guide.class.heading"));
        CLASSROOM.forEach(key -> box.getChildren().add(paragraph(key)));
        box.getStyleClass().add("help-content");
        return box;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("help-heading");
        return label;
    }

    private static Label paragraph(String key) {
        Label label = new Label(Messages.get(key));
        label.setWrapText(true);
        return label;
    }
}
