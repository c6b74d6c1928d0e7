package org.softmaxlab.ui.draw;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.softmaxlab.inspect.Drawing;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;

/**
 * A small pad in a window of its own, for drawing one picture (Your image's "Draw…"): every
 * finished stroke, undo and clear hands the whole drawing on, so what it shows is classified as it
 * is drawn. In the owner window's theme and presentation mode, and its language at the time it opens.
 */
public final class QuickPad {

    /** The id of the pad window's root, for tests. */
    public static final String ID = "quick-pad";
    /** The pad's side in screen pixels. */
    public static final double SIDE = 280;

    private final Consumer<Drawing> onChange;
    private final PadCanvas canvas = new PadCanvas(SIDE);
    private Drawing drawing = Drawing.empty(SIDE, SIDE);
    private Stage stage;

    /** A pad that hands every change of its drawing to {@code onChange}. */
    public QuickPad(Consumer<Drawing> onChange) {
        this.onChange = onChange;
        canvas.setOnStroke(stroke -> change(drawing.with(stroke)));
    }

    /** Opens the pad beside {@code owner}'s window (or brings it to the front), blank. */
    public void show(Node owner) {
        if (stage == null) {
            stage = new Stage();
            if (owner.getScene() != null) {
                stage.initOwner(owner.getScene().getWindow());
            }
        }
        Button clear = new Button(Messages.get("draw.clear.short"));
        clear.setId(ID + "-clear");
        clear.setOnAction(e -> change(Drawing.empty(SIDE, SIDE)));
        Button undo = new Button(Messages.get("draw.undo.short"));
        undo.setId(ID + "-undo");
        undo.setOnAction(e -> change(drawing.withoutLast()));
        Button close = new Button(Messages.get("dialog.close"));
        close.setOnAction(e -> stage.hide());
        Label hint = new Label(Messages.get("ownImage.drawHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("caption-text");
        hint.setMaxWidth(SIDE);
        HBox buttons = new HBox(clear, undo, close);
        buttons.getStyleClass().add("draw-row");
        VBox root = new VBox(hint, canvas.canvas(), buttons);
        root.setId(ID);
        root.getStyleClass().addAll("draw-root", "draw-center");
        if (owner.getScene() != null) {
            // The owner's theme and presentation mode are style classes on its root.
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Resources.stylesheet());
        stage.setScene(scene);
        stage.setTitle(Messages.get("ownImage.drawTitle"));
        change(Drawing.empty(SIDE, SIDE));
        stage.show();
        stage.toFront();
    }

    private void change(Drawing next) {
        drawing = next;
        canvas.show(next);
        onChange.accept(next);
    }

    /** The surface drawn on, for tests. */
    public Node padNode() {
        return canvas.canvas();
    }
}
