package org.softmaxlab.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.appearance.AppearanceViewModel;
import org.softmaxlab.ui.appearance.RootStyles;

/** Help → About: what SoftmaxLab is, its version and licence. */
final class AboutDialog {

    /** The id of the dialog pane, for tests. */
    static final String ID = "about-dialog";

    private AboutDialog() {
    }

    /** Shows the dialog over {@code owner}, in the window's theme; returns at once. */
    static Alert show(Window owner, AppearanceViewModel appearance) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.format("about.header", version()));
        alert.setContentText(Messages.get("about.text"));
        // Our own button: JavaFX's OK is named once per JVM, in the language the system had at start.
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        DialogPane pane = alert.getDialogPane();
        pane.setId(ID);
        pane.getStylesheets().add(Resources.stylesheet());
        RootStyles.apply(pane.getStyleClass(), appearance.theme(), appearance.presentationModeProperty().get());
        pane.setMinWidth(520);
        alert.show();
        return alert;
    }

    /** The version in the jar's manifest, or a note that this is a build from the sources. */
    static String version() {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version != null ? version : Messages.get("about.devVersion");
    }
}
