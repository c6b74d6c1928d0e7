package org.softmaxlab.ui.draw;

import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.softmaxlab.inspect.Drawing;
import org.softmaxlab.inspect.Stroke;

/**
 * A square surface to draw on with a mouse, a pen or a finger: light strokes on black, as the data
 * shows them. JavaFX turns pen and touch input into mouse events (a touch screen's first finger
 * arrives as a synthesized press, drag and release), so one set of handlers serves all three; a
 * second finger is ignored rather than joined into the stroke.
 *
 * <p>The stroke being drawn is painted here as it grows; when the pen lifts it is handed on whole,
 * and the pad is painted again from the {@link Drawing} it is then shown, so undo and clear are
 * one redraw.
 */
public final class PadCanvas {

    /** The pen on screen, as a share of the pad's side (MNIST's stroke is about a tenth of its 28 pixels). */
    private static final double PEN_SHARE = 0.08;

    private final Canvas canvas;
    private final double pen;
    private Consumer<Stroke> onStroke = stroke -> { };
    private Drawing shown;
    private Stroke growing;

    /** A pad of {@code side × side} screen pixels; strokes are in those pixels. */
    public PadCanvas(double side) {
        canvas = new Canvas(side, side);
        pen = Math.max(3, side * PEN_SHARE);
        shown = Drawing.empty(side, side);
        canvas.getStyleClass().add("draw-pad");
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        paint();
    }

    /** The node. */
    public Canvas canvas() {
        return canvas;
    }

    /** Who gets each finished stroke. */
    public void setOnStroke(Consumer<Stroke> onStroke) {
        this.onStroke = onStroke;
    }

    /** Shows {@code drawing} (what the view-model says is on the pad). */
    public void show(Drawing drawing) {
        shown = drawing;
        growing = null;
        paint();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        canvas.requestFocus();
        growing = Stroke.of(clampX(e.getX()), clampY(e.getY()));
        paintStroke(canvas.getGraphicsContext2D(), growing);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (growing == null) {
            return;
        }
        float x = clampX(e.getX());
        float y = clampY(e.getY());
        int last = growing.size() - 1;
        // A pen reports hundreds of events a second; points closer than a screen pixel add nothing.
        if (Math.abs(x - growing.x(last)) + Math.abs(y - growing.y(last)) < 1) {
            return;
        }
        growing = growing.to(x, y);
        GraphicsContext g = canvas.getGraphicsContext2D();
        setPen(g);
        g.strokeLine(growing.x(last), growing.y(last), x, y);
        e.consume();
    }

    private void released(MouseEvent e) {
        if (growing == null) {
            return;
        }
        Stroke done = growing;
        growing = null;
        e.consume();
        onStroke.accept(done);
    }

    private float clampX(double x) {
        return (float) Math.max(0, Math.min(canvas.getWidth(), x));
    }

    private float clampY(double y) {
        return (float) Math.max(0, Math.min(canvas.getHeight(), y));
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.rgb(12, 12, 12));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        for (Stroke s : shown.strokes()) {
            paintStroke(g, s);
        }
    }

    private void paintStroke(GraphicsContext g, Stroke s) {
        setPen(g);
        if (s.size() == 1) {
            g.setFill(Color.WHITE);
            g.fillOval(s.x(0) - pen / 2, s.y(0) - pen / 2, pen, pen);
            return;
        }
        g.beginPath();
        g.moveTo(s.x(0), s.y(0));
        for (int i = 1; i < s.size(); i++) {
            g.lineTo(s.x(i), s.y(i));
        }
        g.stroke();
    }

    private void setPen(GraphicsContext g) {
        g.setStroke(Color.WHITE);
        g.setLineWidth(pen);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }
}
