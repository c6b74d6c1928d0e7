package org.softmaxlab.ui;

import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;

/** Dialogs in the window's look: its stylesheet, theme and presentation mode. */
public final class WindowDialogs {

    private WindowDialogs() {
    }

    /** Owns {@code dialog} by {@code node}'s window and gives it that window's look and the id {@code id}. */
    public static void dress(Dialog<?> dialog, Node node, String id) {
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.getStylesheets().add(Resources.stylesheet());
        if (node.getScene() != null) {
            dialog.initOwner(node.getScene().getWindow());
            // The window's theme and presentation mode are style classes on its root.
            pane.getStyleClass().addAll(node.getScene().getRoot().getStyleClass());
        }
        pane.setMinWidth(480);
    }
}
